using System.Diagnostics;

namespace Platform.Transfer.Tests.Fixtures;

/// <summary>
/// A real, tiny filesystem (a tmpfs of a few hundred KiB, mounted for the test; needs root, as the test
/// machine runs) that a test fills up to make the disk genuinely full: SQLite sees ENOSPC from the kernel.
/// </summary>
public sealed class SmallDisk : IDisposable
{
    private readonly string _filler;

    public SmallDisk(int sizeKiB)
    {
        Path = Directory.CreateDirectory(System.IO.Path.Combine(System.IO.Path.GetTempPath(), "platform-transfer-disk-" + Guid.NewGuid().ToString("N"))).FullName;
        Run("mount", "-t", "tmpfs", "-o", $"size={sizeKiB}k", "tmpfs", Path);
        _filler = System.IO.Path.Combine(Path, "filler");
    }

    public string Path { get; }

    /// <summary>Writes a filler file until the kernel answers "no space left on device".</summary>
    public void Fill()
    {
        using var filler = new FileStream(_filler, FileMode.Create, FileAccess.Write, FileShare.None, 1);
        var chunk = new byte[4096];
        try
        {
            while (true)
            {
                filler.Write(chunk);
                filler.Flush();
            }
        }
        catch (IOException)
        {
            // Full.
        }
    }

    /// <summary>Frees the space <see cref="Fill"/> took.</summary>
    public void Free() => File.Delete(_filler);

    public void Dispose()
    {
        Run("umount", "-l", Path);
        Directory.Delete(Path);
    }

    private static void Run(string program, params string[] arguments)
    {
        var startInfo = new ProcessStartInfo(program) { RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = Process.Start(startInfo)!;
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed ({process.ExitCode}): {errors} (the disk-full tests mount a tmpfs and need root)");
        }
    }
}
