using Platform.Runtime;

namespace Platform.Grains.ClassAverages;

/// <summary>One submitted class: number (1-based), particles assigned, half-set FRC(0.143) resolution in Å (null if unknown), the image as PNG.</summary>
[Immutable]
public sealed record ClassAverageUpload(int Number, long ParticleCount, double? ResolutionAngstrom, byte[] Png);
