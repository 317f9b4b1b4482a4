using System.Diagnostics;
using Platform.Testing;

namespace Platform.EndToEnd.Tests.Support;

/// <summary>A built executable of the repository (<c>dotnet X.dll ...</c>) run as a child process, its output kept for failure messages.</summary>
internal sealed class ChildProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _log = [];
    private readonly List<LineWait> _waits = [];

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

    /// <summary>Every line written so far matching <paramref name="match"/>, in order.</summary>
    public IReadOnlyList<string> Lines(Func<string, bool> match)
    {
        lock (_log)
        {
            return [.. _log.Where(match)];
        }
    }

    /// <summary>How long a wait for output may take before the test fails (a hang guard, generous for a loaded 2-core machine).</summary>
    private static readonly TimeSpan _lineDeadline = TimeSpan.FromMinutes(4);

    /// <summary>Completes when a line matching <paramref name="match"/> is (or was) written; fails if the process exits first or after 4 minutes.</summary>
    public Task WaitForLineAsync(Func<string, bool> match) => WaitForLinesAsync(match, 1);

    /// <summary>Completes once <paramref name="count"/> lines matching <paramref name="match"/> have been written; fails if the process exits first or after 4 minutes.</summary>
    public async Task WaitForLinesAsync(Func<string, bool> match, int count)
    {
        var wait = new LineWait(match, count);
        lock (_log)
        {
            wait.Remaining -= _log.Count(match);
            if (wait.Remaining <= 0)
            {
                return;
            }

            _waits.Add(wait);
        }

        var exited = _process.WaitForExitAsync(TestContext.Current.CancellationToken);
        Task first;
        try
        {
            first = await Task.WhenAny(wait.Seen.Task, exited).WaitAsync(_lineDeadline, TestContext.Current.CancellationToken);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"{Name} did not write {count} expected lines within {_lineDeadline}:\n{Log}");
        }

        if (first != wait.Seen.Task)
        {
            throw new InvalidOperationException($"{Name} exited before the expected line:\n{Log}");
        }
    }

    /// <summary>Kills the process (SIGKILL, no shutdown) and waits for it to exit.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync(TestContext.Current.CancellationToken);
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
                if (--wait.Remaining <= 0)
                {
                    wait.Seen.TrySetResult();
                    _waits.Remove(wait);
                }
            }
        }
    }

    /// <summary>A test waiting for <see cref="Remaining"/> more matching lines.</summary>
    private sealed class LineWait(Func<string, bool> match, int count)
    {
        public Func<string, bool> Match { get; } = match;

        public int Remaining { get; set; } = count;

        public TaskCompletionSource Seen { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
