using System.Diagnostics;
using Platform.Testing;

namespace Platform.EndToEnd.Tests.Support;

/// <summary>A built executable of the repository (<c>dotnet X.dll ...</c>) run as a child process, its output kept for failure messages.</summary>
internal sealed class ChildProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _log = [];
    private readonly List<(Func<string, bool> Match, TaskCompletionSource Seen)> _waits = [];

    private ChildProcess(string name, Process process)
    {
        Name = name;
        _process = process;
        _process.OutputDataReceived += (_, e) => OnLine(e.Data);
        _process.ErrorDataReceived += (_, e) => OnLine(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public string Name { get; }

    public bool HasExited => _process.HasExited;

    /// <summary>Everything the process wrote so far (stdout and stderr interleaved).</summary>
    public string Log
    {
        get
        {
            lock (_log)
            {
                return string.Join('\n', _log);
            }
        }
    }

    /// <summary>Starts <c>dotnet &lt;project&gt;.dll args</c> from the project's bin folder in the tests' configuration.</summary>
    public static ChildProcess Start(string projectFolder, string workingDirectory, params string[] arguments)
    {
        var configuration = AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
        var name = Path.GetFileName(projectFolder);
        var dll = Path.Combine(RepositoryPaths.Root, projectFolder, "bin", configuration, "net10.0", name + ".dll");
        var start = new ProcessStartInfo("dotnet", [dll, .. arguments])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        return new ChildProcess(name, Process.Start(start) ?? throw new InvalidOperationException($"could not start {dll}"));
    }

    /// <summary>Completes when a line matching <paramref name="match"/> is (or was) written; fails if the process exits first or after 60 s.</summary>
    public async Task WaitForLineAsync(Func<string, bool> match)
    {
        var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_log)
        {
            if (_log.Any(match))
            {
                return;
            }

            _waits.Add((match, seen));
        }

        var exited = _process.WaitForExitAsync(TestContext.Current.CancellationToken);
        var first = await Task.WhenAny(seen.Task, exited).WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);
        if (first != seen.Task)
        {
            throw new InvalidOperationException($"{Name} exited before the expected line:\n{Log}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void OnLine(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            _log.Add(line);
            foreach (var wait in _waits.Where(w => w.Match(line)).ToList())
            {
                wait.Seen.TrySetResult();
                _waits.Remove(wait);
            }
        }
    }
}
