namespace Platform.AgentLink.Contracts;

/// <summary>What a run must do: the session's grids in autoloader order and its acquisition settings, as the platform holds them at start.</summary>
public sealed record RunPlan(
    string SessionId,
    string SessionName,
    string FacilityId,
    string MicroscopeId,
    IReadOnlyList<GridPlan> Grids,
    AcquisitionSettings Settings,
    bool PauseBetweenGrids);
