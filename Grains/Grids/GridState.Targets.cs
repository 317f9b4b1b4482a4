using Platform.Grains.Targets;

namespace Platform.Grains.Grids;

/// <summary>The grid's own part of its targets: atlas images, applied report keys, and a user edit not yet applied to the target grains.</summary>
public sealed partial class GridState
{
    public List<TargetImage> AtlasImages { get; set; } = [];

    /// <summary>Agent reports applied to the grid itself (grid states, atlas images: a handful per grid).</summary>
    public List<string> AppliedReportKeys { get; set; } = [];

    public int TargetEditCount { get; set; }

    /// <summary>Written with its command; cleared once the target grains hold it (finished on activation otherwise).</summary>
    public PendingTargetEdit? PendingTargetEdit { get; set; }
}
