using Platform.Runtime;

namespace Platform.Grains.Targets;

/// <summary>A targeting image (atlas, square or hole view): path relative to the agent's data folder, size in pixels, pixel size.</summary>
[Immutable]
public sealed record TargetImage(TargetImageKind Kind, string RelativePath, int WidthPixels, int HeightPixels, double PixelSizeAngstrom, DateTimeOffset RecordedAtUtc);
