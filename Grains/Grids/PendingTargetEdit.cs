using Platform.Grains.Targets;

namespace Platform.Grains.Grids;

/// <summary>A user's target edit recorded on the grid together with its agent command, until the target grains hold it.</summary>
public sealed record PendingTargetEdit(string CommandId, IReadOnlyList<TargetFound> Added, IReadOnlyList<string> RemovedTargetIds);
