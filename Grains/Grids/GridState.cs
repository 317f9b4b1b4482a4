namespace Platform.Grains.Grids;

/// <summary>Persistent state of one autoloader grid.</summary>
public sealed partial class GridState
{
    public string SessionId { get; set; } = "";

    public string FacilityId { get; set; } = "";

    public int Position { get; set; }

    public string Name { get; set; } = "";

    public HoleType? HoleType { get; set; }

    public int MeshSize { get; set; }

    public MeshMaterial MeshMaterial { get; set; }

    public string RequestedProtocol { get; set; } = GridProtocols.Auto;

    public string Protocol { get; set; } = GridProtocols.Spa;

    public WorkState State { get; set; } = WorkState.Queued;

    public DateTimeOffset? StartedAtUtc { get; set; }

    public DateTimeOffset? CompletedAtUtc { get; set; }
}
