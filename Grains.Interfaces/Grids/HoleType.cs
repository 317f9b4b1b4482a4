using Platform.Runtime;

namespace Platform.Grains.Grids;

/// <summary>A grid's hole pattern: name (e.g. <c>R1.2/1.3</c>), hole diameter and spacing in µm (null for non-holey substrates).</summary>
[Immutable]
public sealed record HoleType(string Name, double? HoleSizeMicrons, double? HoleSpacingMicrons);
