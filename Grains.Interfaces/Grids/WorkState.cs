namespace Platform.Grains.Grids;

/// <summary>
/// The one status vocabulary for everything that runs — grids, squares, holes, exposures (DESIGN.md §6):
/// queued → started → acquired → processed → completed, plus skipped, paused, error.
/// </summary>
public enum WorkState
{
    Queued,
    Started,
    Acquired,
    Processed,
    Completed,
    Skipped,
    Paused,
    Error,
}
