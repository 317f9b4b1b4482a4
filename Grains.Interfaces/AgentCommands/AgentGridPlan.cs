using Platform.Grains.Grids;
using Platform.Runtime;

namespace Platform.Grains.AgentCommands;

/// <summary>One autoloader grid of a run plan, with its resolved protocol and current state.</summary>
[Immutable]
public sealed record AgentGridPlan(int Position, string Name, string HoleType, int MeshSize, MeshMaterial MeshMaterial, string Protocol, WorkState State);
