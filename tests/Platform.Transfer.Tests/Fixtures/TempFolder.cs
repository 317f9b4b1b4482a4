namespace Platform.Transfer.Tests.Fixtures;

/// <summary>A folder of a test's own under /tmp, deleted afterwards.</summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateDirectory(System.IO.Path.Combine(System.IO.Path.GetTempPath(), "platform-transfer-" + Guid.NewGuid().ToString("N"))).FullName;

    public string File(string relative) => System.IO.Path.Combine(Path, relative);

    /// <summary>Writes <paramref name="sizeBytes"/> of random bytes (seeded) to <paramref name="relative"/> and returns the full path.</summary>
    public string Write(string relative, int sizeBytes, int seed)
    {
        var path = File(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        var content = new byte[sizeBytes];
        new Random(seed).NextBytes(content);
        System.IO.File.WriteAllBytes(path, content);
        return path;
    }

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
