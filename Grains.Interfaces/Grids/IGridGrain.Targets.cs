using Platform.Grains.Targets;
using Platform.Runtime;

namespace Platform.Grains.Grids;

/// <summary>The grid's targets (DESIGN.md §6): what the agent found and did, and users' edits of the queue while the run goes on.</summary>
public partial interface IGridGrain
{
    /// <summary>Records targets found on one image; returns false when every one had already recorded <paramref name="reportKey"/>.</summary>
    Task<bool> RecordTargetsFoundAsync(TargetFound[] targets, string reportKey);

    /// <summary>The agent moved the grid to <paramref name="state"/>; false when <paramref name="reportKey"/> was already applied.</summary>
    Task<bool> ReportStateAsync(WorkState state, string reportKey);

    /// <summary>An atlas image (no target) recorded on the grid; false when <paramref name="reportKey"/> was already applied.</summary>
    Task<bool> RecordAtlasImageAsync(TargetImage image, string reportKey);

    /// <summary>
    /// A user adds and removes targets while the run goes on. The edit and its <c>EditTargets</c> command for the agent
    /// are written in one transaction; the target grains follow (finished on reactivation if the silo dies in between).
    /// Returns the command id.
    /// </summary>
    Task<string> EditTargetsAsync(TargetFound[] added, string[] removedTargetIds, string userId);

    [ReadOnly]
    Task<IReadOnlyList<TargetImage>> GetAtlasImagesAsync();
}
