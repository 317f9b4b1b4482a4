namespace Platform.AgentLink.Contracts;

/// <summary>
/// The 2D classification track's current class averages: the whole set, which replaces the previous one on the platform.
/// <see cref="ParticleCount"/> is every particle classified so far; <see cref="PixelSizeAngstrom"/> and <see cref="BoxPixels"/>
/// describe the (Fourier-binned) class images. Keep the set small: the PNGs travel in the report (at most
/// <see cref="MaxClasses"/> classes of at most <see cref="MaxPngBytes"/> bytes each).
/// </summary>
public sealed record ClassAveragesReport(
    string IdempotencyKey,
    string SessionId,
    DateTimeOffset OccurredAtUtc,
    long ParticleCount,
    double PixelSizeAngstrom,
    int BoxPixels,
    IReadOnlyList<ClassAverageImage> Classes)
    : AgentReport(IdempotencyKey, SessionId, OccurredAtUtc)
{
    public const int MaxClasses = 100;

    public const int MaxPngBytes = 64 * 1024;
}
