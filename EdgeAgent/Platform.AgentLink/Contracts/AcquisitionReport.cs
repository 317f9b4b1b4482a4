namespace Platform.AgentLink.Contracts;

/// <summary>One exposure acquired at a target: its movie (or image) file, defocus, beam-image shift and dose.</summary>
public sealed record AcquisitionReport(
    string IdempotencyKey,
    string SessionId,
    DateTimeOffset OccurredAtUtc,
    int GridPosition,
    string TargetId,
    string RelativePath,
    double DefocusMicrons,
    double ImageShiftXMicrons,
    double ImageShiftYMicrons,
    double ExposureSeconds,
    int Frames,
    double DoseElectronsPerSquareAngstrom) : AgentReport(IdempotencyKey, SessionId, OccurredAtUtc);
