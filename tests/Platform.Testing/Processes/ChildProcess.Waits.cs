using Xunit;

namespace Platform.Testing;

/// <summary>Waiting for output lines: a readiness line, a URL, the n-th occurrence of an event line.</summary>
public sealed partial class ChildProcess
{
    /// <summary>The first line matching <paramref name="match"/> (already written or still to come); fails if the process exits first or after <see cref="DefaultDeadline"/>.</summary>
    public Task<string> WaitForLineAsync(Func<string, bool> match) => WaitForLinesAsync(match, 1);

    /// <summary>
    /// Completes with the <paramref name="count"/>-th line matching <paramref name="match"/>; fails with the output if the
    /// process exits first or after <paramref name="deadline"/> (default <see cref="DefaultDeadline"/>).
    /// </summary>
    public async Task<string> WaitForLinesAsync(Func<string, bool> match, int count, TimeSpan? deadline = null)
    {
        var wait = new LineWait(match, count);
        lock (_log)
        {
            foreach (var line in _log.Where(match))
            {
                if (--wait.Remaining == 0)
                {
                    return line;
                }
            }

            _waits.Add(wait);
        }

        var limit = deadline ?? DefaultDeadline;
        Task first;
        try
        {
            first = await Task.WhenAny(wait.Seen.Task, _outputEnded.Task).WaitAsync(limit, TestContext.Current.CancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"{Name} did not write {count} expected lines within {limit}:\n{Log}");
        }
        finally
        {
            lock (_log)
            {
                _waits.Remove(wait);
            }
        }

        return first == wait.Seen.Task || wait.Seen.Task.IsCompleted
            ? await wait.Seen.Task.ConfigureAwait(false)
            : throw new InvalidOperationException($"{Name} exited before the expected line:\n{Log}");
    }

    private void OnLine(string? line, bool fromOutput)
    {
        if (fromOutput)
        {
            _start.OnOutputLine?.Invoke(line);
        }

        if (line is null)
        {
            if (fromOutput)
            {
                _outputEnded.TrySetResult();
            }

            return;
        }

        lock (_log)
        {
            _log.Enqueue(line);
            if (_log.Count > KeptLines)
            {
                _log.Dequeue();
                _droppedLines++;
            }

            foreach (var wait in _waits.Where(w => w.Match(line)).ToList())
            {
                if (--wait.Remaining <= 0)
                {
                    wait.Seen.TrySetResult(line);
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

        public TaskCompletionSource<string> Seen { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
