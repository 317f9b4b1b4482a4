using Platform.Grains.Sessions;
using Platform.Runtime;

namespace Platform.Grains.AgentCommands;

/// <summary>What a run must do, as the session holds it when the run starts: grids in autoloader order, collection parameters, pause toggle.</summary>
[Immutable]
public sealed record AgentRunPlan(
    string SessionName,
    string FacilityId,
    string MicroscopeId,
    IReadOnlyList<AgentGridPlan> Grids,
    CollectionParameters Collection,
    bool PauseBetweenGrids);
