using Platform.Runtime;

namespace Platform.Grains.Grids;

/// <summary>
/// An autoloader grid as the user enters it. A null or empty <see cref="Name"/> continues the previous
/// grid's <c>name_N</c> numbering; <see cref="Protocol"/> may be <c>auto</c>.
/// </summary>
[Immutable]
public sealed record GridSetup(int Position, string? Name, string HoleType, int MeshSize, MeshMaterial MeshMaterial, string Protocol = GridProtocols.Auto);
