using Platform.Runtime;

namespace Platform.Grains.ClassAverages;

/// <summary>One stored class: number, particles, half-set FRC(0.143) resolution in Å (null if unknown) and its PNG's path among the session's files.</summary>
[Immutable]
public sealed record ClassAverageEntry(int Number, long ParticleCount, double? ResolutionAngstrom, string ImagePath);
