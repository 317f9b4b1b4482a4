using Platform.AgentLink.Contracts;

namespace Platform.Preprocessing.Tests.Support;

/// <summary>
/// An agent link that keeps every report a track enqueues and passes the kinds <paramref name="forward"/> accepts on to a
/// real link (the platform's track-status and pre-processing log handling belong to another track of work).
/// </summary>
/// <remarks><paramref name="refuse"/> makes the link throw for some reports, as a full or failing outbox does.</remarks>
public sealed class RecordingLink(IPlatformLink? inner = null, Func<AgentReport, bool>? forward = null, Func<AgentReport, bool>? refuse = null) : IPlatformLink
{
    private readonly List<AgentReport> _reports = [];
    private readonly List<(Func<IReadOnlyList<AgentReport>, bool> Condition, TaskCompletionSource Done)> _waiters = [];

    public IReadOnlyList<AgentReport> Reports
    {
        get
        {
            lock (_reports)
            {
                return [.. _reports];
            }
        }
    }

    public IAsyncEnumerable<AgentCommand> CommandsAsync(CancellationToken cancellationToken) =>
        inner?.CommandsAsync(cancellationToken) ?? AsyncEnumerable.Empty<AgentCommand>();

    public async ValueTask EnqueueAsync(AgentReport report, CancellationToken cancellationToken)
    {
        if (refuse?.Invoke(report) == true)
        {
            throw new IOException("The outbox is full (test).");
        }

        if (inner is not null && (forward?.Invoke(report) ?? true))
        {
            await inner.EnqueueAsync(report, cancellationToken);
        }

        lock (_reports)
        {
            _reports.Add(report);
            foreach (var waiter in _waiters.Where(w => w.Condition(_reports)).ToList())
            {
                _waiters.Remove(waiter);
                waiter.Done.TrySetResult();
            }
        }
    }

    /// <summary>Completes once the reports so far satisfy <paramref name="condition"/>; fails with <paramref name="what"/> after two minutes.</summary>
    public async Task WaitForAsync(Func<IReadOnlyList<AgentReport>, bool> condition, string what)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_reports)
        {
            if (condition(_reports))
            {
                return;
            }

            _waiters.Add((condition, done));
        }

        try
        {
            await done.Task.WaitAsync(TimeSpan.FromMinutes(2), TestContext.Current.CancellationToken);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"Timed out waiting for {what}; reports so far: {string.Join(", ", Reports.Select(Describe))}");
        }
    }

    public static string Describe(AgentReport report) => report switch
    {
        MicrographReport m => $"micrograph {m.Name}",
        LogReport l => $"log '{l.Message}'",
        TrackStatusReport s => $"status {s.State} {s.Progress.ItemsDone}/{s.Progress.ItemsFailed}",
        _ => report.GetType().Name,
    };
}
