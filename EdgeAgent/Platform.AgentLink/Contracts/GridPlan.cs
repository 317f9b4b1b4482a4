namespace Platform.AgentLink.Contracts;

/// <summary>
/// One autoloader grid of the run. <paramref name="HoleType"/>, <paramref name="MeshMaterial"/> and
/// <paramref name="Protocol"/> use the platform's names (e.g. "R1.2/1.3", "Gold", "SPA-BIS").
/// </summary>
public sealed record GridPlan(
    int Position,
    string Name,
    string HoleType,
    int MeshSize,
    string MeshMaterial,
    string Protocol,
    WorkState State);
