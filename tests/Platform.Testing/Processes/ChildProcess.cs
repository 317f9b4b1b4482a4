using System.Diagnostics;
using System.Globalization;
using Xunit;

namespace Platform.Testing;

/// <summary>
/// The one way tests run a child process: start it (<see cref="ChildProcessStart"/>), keep its output (stdout and stderr
/// interleaved, bounded) for waits and failure messages, wait for a line, talk over stdin, stop it gracefully (SIGTERM),
/// kill it (SIGKILL, no shutdown code runs) and read its exit code. Thread safe.
/// </summary>
public sealed partial class ChildProcess : IAsyncDisposable
{
    /// <summary>Lines kept for <see cref="Lines"/> and waits; older ones are dropped (and counted) past this.</summary>
    public const int KeptLines = 100_000;

    /// <summary>How many of the last lines a failure message shows.</summary>
    public const int MessageLines = 200;

    /// <summary>How long a wait for output or exit may take before the test fails: a hang guard, generous for a loaded 2-core machine.</summary>
    public static readonly TimeSpan DefaultDeadline = TimeSpan.FromMinutes(4);

    private readonly Process _process;
    private readonly ChildProcessStart _start;
    private readonly Queue<string> _log = new();
    private readonly List<LineWait> _waits = [];
    private readonly TaskCompletionSource _outputEnded = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _droppedLines;

    private ChildProcess(ChildProcessStart start, Process process)
    {
        _start = start;
        _process = process;
        _process.OutputDataReceived += (_, e) => OnLine(e.Data, fromOutput: true);
        _process.ErrorDataReceived += (_, e) => OnLine(e.Data, fromOutput: false);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public string Name => _start.Name;

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>The exit code; only once <see cref="HasExited"/>.</summary>
    public int ExitCode => _process.ExitCode;

    /// <summary>The last <see cref="MessageLines"/> lines written, for failure messages.</summary>
    public string Log => Tail(MessageLines);

    /// <summary>Starts the process described by <paramref name="start"/>; output is read from the first line.</summary>
    public static ChildProcess Start(ChildProcessStart start)
    {
        ArgumentNullException.ThrowIfNull(start);
        var info = new ProcessStartInfo(start.FileName, start.Arguments)
        {
            WorkingDirectory = start.WorkingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = start.RedirectInput,
        };
        foreach (var (name, value) in start.Environment)
        {
            info.Environment[name] = value;
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {start.Name} ({start.FileName})");
        return new ChildProcess(start, process);
    }

    /// <summary>Starts a repository executable project (see <see cref="ChildProcessStart.Project"/>) in <paramref name="workingDirectory"/>.</summary>
    public static ChildProcess Start(string projectFolder, string workingDirectory, params IReadOnlyList<string> arguments) =>
        Start(ChildProcessStart.Project(projectFolder, arguments) with { WorkingDirectory = workingDirectory });

    /// <summary>Runs a process to its end and returns its exit code and output (stdout and stderr interleaved); fails after <see cref="DefaultDeadline"/>.</summary>
    public static async Task<(int ExitCode, string Output)> RunToEndAsync(ChildProcessStart start)
    {
        await using var process = Start(start);
        var exitCode = await process.WaitForExitAsync(DefaultDeadline);
        return (exitCode, process.Tail(KeptLines));
    }

    /// <summary>Every kept line matching <paramref name="match"/>, in order.</summary>
    public IReadOnlyList<string> Lines(Func<string, bool> match)
    {
        lock (_log)
        {
            return [.. _log.Where(match)];
        }
    }

    /// <summary>Writes one line to the process's standard input (started with <see cref="ChildProcessStart.RedirectInput"/>).</summary>
    public async Task WriteLineAsync(string line)
    {
        await _process.StandardInput.WriteLineAsync(line.AsMemory(), TestContext.Current.CancellationToken).ConfigureAwait(false);
        await _process.StandardInput.FlushAsync(TestContext.Current.CancellationToken).ConfigureAwait(false);
    }

    /// <summary>Closes standard input: a process reading commands from it sees the end.</summary>
    public void CloseInput() => _process.StandardInput.Close();

    /// <summary>Waits for the exit and returns the exit code; a <see cref="TimeoutException"/> with the output after <paramref name="deadline"/>.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan deadline)
    {
        try
        {
            await _process.WaitForExitAsync(TestContext.Current.CancellationToken).WaitAsync(deadline, TestContext.Current.CancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"{Name} did not exit within {deadline}:\n{Log}");
        }

        await _outputEnded.Task.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken).ConfigureAwait(false);
        return _process.ExitCode;
    }

    /// <summary>SIGTERM (the process's graceful shutdown), then its exit code; SIGKILL and a <see cref="TimeoutException"/> if it has not exited after <paramref name="grace"/>.</summary>
    public async Task<int> StopAsync(TimeSpan grace)
    {
        if (!_process.HasExited)
        {
            using var term = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)])!;
            await term.WaitForExitAsync(TestContext.Current.CancellationToken).ConfigureAwait(false);
        }

        try
        {
            return await WaitForExitAsync(grace).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            await KillAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>SIGKILL of the process and its children (no shutdown code runs), then waits for the exit.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync(TestContext.Current.CancellationToken).WaitAsync(DefaultDeadline, TestContext.Current.CancellationToken).ConfigureAwait(false);
    }

    /// <summary>Kills the process if it still runs (tests end it on purpose first when the way it ends matters).</summary>
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync().ConfigureAwait(false);
        }

        _process.Dispose();
    }

    private string Tail(int count)
    {
        lock (_log)
        {
            var dropped = _droppedLines + Math.Max(0, _log.Count - count);
            var header = dropped > 0 ? $"({dropped} earlier lines not shown)\n" : "";
            return header + string.Join('\n', _log.Skip(Math.Max(0, _log.Count - count)));
        }
    }
}
