namespace Platform.AgentLink.Contracts;

/// <summary>
/// A track's state and counters. Reports of one track supersede each other: the platform keeps the one with the latest
/// <see cref="AgentReport.OccurredAtUtc"/>. <see cref="Message"/> explains an <see cref="TrackRunState.Error"/> or a wait.
/// </summary>
public sealed record TrackStatusReport(
    string IdempotencyKey,
    string SessionId,
    DateTimeOffset OccurredAtUtc,
    TrackKind Track,
    TrackRunState State,
    TrackProgress Progress,
    string? Message)
    : AgentReport(IdempotencyKey, SessionId, OccurredAtUtc);
