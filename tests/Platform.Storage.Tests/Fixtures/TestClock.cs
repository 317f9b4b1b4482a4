namespace Platform.Storage.Tests.Fixtures;

/// <summary>
/// A clock whose "now" the test sets; timers (the LISTEN reconnect backoff) still run on real time, so a
/// provider given this clock behaves normally apart from the timestamps it stamps.
/// </summary>
public sealed class TestClock(DateTimeOffset start) : TimeProvider
{
    private long _utcTicks = start.UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _utcTicks), TimeSpan.Zero);

    public void Set(DateTimeOffset now) => Interlocked.Exchange(ref _utcTicks, now.UtcTicks);
}
