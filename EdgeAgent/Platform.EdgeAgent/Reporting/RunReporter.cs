using Platform.AgentLink.Contracts;

namespace Platform.EdgeAgent.Reporting;

/// <summary>
/// Builds the run's reports and hands them to the platform link. Idempotency keys are derived from what happened
/// (<c>session/target/g1/sq3/h12/acquired</c>), never from time or counters kept only in memory, so a report re-sent after a restart
/// carries the same key and the platform applies it once. States that can recur (a grid paused twice) take an <c>occasion</c>
/// naming the event that caused them (the start command, the number of targets done when the pause came).
/// </summary>
public sealed class RunReporter
{
    private readonly IPlatformLink _link;
    private readonly TimeProvider _time;

    public RunReporter(IPlatformLink link, string sessionId, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(link);
        ArgumentNullException.ThrowIfNull(time);
        _link = link;
        _time = time;
        SessionId = sessionId;
    }

    public string SessionId { get; }

    private DateTimeOffset Now => _time.GetUtcNow();

    public ValueTask RunStateAsync(RunState state, string occasion, string? message, CancellationToken ct) =>
        _link.EnqueueAsync(new RunStateReport(Key($"run/{state}/{occasion}"), SessionId, Now, state, message), ct);

    public ValueTask GridStateAsync(int position, WorkState state, string occasion, CancellationToken ct) =>
        _link.EnqueueAsync(new GridStateReport(Key($"grid/{position}/{state}/{occasion}"), SessionId, Now, position, state), ct);

    public ValueTask TargetStateAsync(int position, string targetId, WorkState state, string? message, CancellationToken ct) =>
        _link.EnqueueAsync(new TargetStateReport(Key($"target/{targetId}/{state}"), SessionId, Now, position, targetId, state, message), ct);

    public ValueTask TargetsFoundAsync(int position, string? parentTargetId, IReadOnlyList<TargetReport> targets, CancellationToken ct) =>
        _link.EnqueueAsync(new TargetsFoundReport(Key($"found/g{position}/{parentTargetId ?? "atlas"}"), SessionId, Now, position, parentTargetId, targets), ct);

    public ValueTask ImageAsync(int position, string? targetId, ImageKind kind, string relativePath, int width, int height, double pixelSizeAngstrom, CancellationToken ct) =>
        _link.EnqueueAsync(new ImageReport(Key($"image/{kind}/{targetId ?? $"g{position}"}"), SessionId, Now, position, targetId, kind, relativePath, width, height,
            pixelSizeAngstrom), ct);

    public ValueTask AcquisitionAsync(AcquisitionReport report, CancellationToken ct) => _link.EnqueueAsync(report, ct);

    /// <summary>A key for an acquisition report of <paramref name="targetId"/>.</summary>
    public string AcquisitionKey(string targetId) => Key($"acquisition/{targetId}");

    public DateTimeOffset Timestamp() => Now;

    public ValueTask LogAsync(LogPanel panel, string eventKey, string message, CancellationToken ct) =>
        _link.EnqueueAsync(new LogReport(Key($"log/{panel}/{eventKey}"), SessionId, Now, panel, message), ct);

    public ValueTask NotifyAsync(NotificationKind kind, string eventKey, string message, CancellationToken ct) =>
        _link.EnqueueAsync(new NotificationReport(Key($"notification/{kind}/{eventKey}"), SessionId, Now, kind, message), ct);

    private string Key(string what) => $"{SessionId}/{what}";
}
