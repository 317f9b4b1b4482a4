namespace Platform.MicroscopeSimulator.Serving;

/// <summary>
/// Opt-in record of every exchange the server answered: which command, when its request had been read and when its reply had been
/// written (timestamps of the simulator's <see cref="TimeProvider"/>). Benchmarks read the client's think time from it: the gap
/// between one reply sent and the next request received. Thread safe.
/// </summary>
public sealed class ExchangeTimeline
{
    private readonly Lock _lock = new();
    private readonly List<ExchangeTimes> _exchanges = [];

    /// <summary>Off by default so a long-running simulator does not grow without bound.</summary>
    public bool Enabled { get; set; }

    public IReadOnlyList<ExchangeTimes> Snapshot()
    {
        lock (_lock)
        {
            return [.. _exchanges];
        }
    }

    public void Clear()
    {
        lock (_lock)
        {
            _exchanges.Clear();
        }
    }

    internal void Record(string command, long requestReceived, long replySent)
    {
        if (!Enabled)
        {
            return;
        }

        lock (_lock)
        {
            _exchanges.Add(new ExchangeTimes(command, requestReceived, replySent));
        }
    }
}
