namespace Platform.AgentLink.Connection;

/// <summary>
/// Exponential backoff with "full jitter" (a uniformly random delay up to the exponential cap; AWS Architecture Blog,
/// "Exponential Backoff and Jitter", 2015), so many agents coming back after an outage do not retry in lockstep.
/// </summary>
public sealed class RetryDelay(TimeSpan initial, TimeSpan max)
{
    private int _failures;

    public int Failures => _failures;

    public TimeSpan Next()
    {
        var cap = Math.Min(max.TotalMilliseconds, initial.TotalMilliseconds * Math.Pow(2, Math.Min(_failures, 30)));
        _failures++;
        return TimeSpan.FromMilliseconds(Math.Max(initial.TotalMilliseconds / 2, Random.Shared.NextDouble() * cap));
    }

    public void Reset() => _failures = 0;
}
