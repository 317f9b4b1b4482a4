namespace Platform.Blobs.Tests.Fixtures;

/// <summary>A clock tests move by hand, starting at the real time (Azure checks request dates).</summary>
public sealed class ManualClock : TimeProvider
{
    private DateTimeOffset _now = DateTimeOffset.UtcNow;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
