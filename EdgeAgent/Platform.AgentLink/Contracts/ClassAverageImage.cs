namespace Platform.AgentLink.Contracts;

/// <summary>
/// One 2D class of a <see cref="ClassAveragesReport"/>: its number (1-based, as RELION numbers classes), the particles assigned
/// to it, the half-set FRC resolution at 0.143 in Å (null while a half set is empty) and the average as an 8-bit greyscale PNG.
/// </summary>
public sealed record ClassAverageImage(int Number, long ParticleCount, double? ResolutionAngstrom, ReadOnlyMemory<byte> Png);
