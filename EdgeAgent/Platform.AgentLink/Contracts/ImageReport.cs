namespace Platform.AgentLink.Contracts;

/// <summary>An image the workflow wrote (atlas, square or hole view); <see cref="RelativePath"/> is relative to the agent's data folder.</summary>
public sealed record ImageReport(
    string IdempotencyKey,
    string SessionId,
    DateTimeOffset OccurredAtUtc,
    int GridPosition,
    string? TargetId,
    ImageKind Kind,
    string RelativePath,
    int WidthPixels,
    int HeightPixels,
    double PixelSizeAngstrom) : AgentReport(IdempotencyKey, SessionId, OccurredAtUtc);
