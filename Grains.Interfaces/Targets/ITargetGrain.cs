using Platform.Grains.Grids;
using Platform.Runtime;

namespace Platform.Grains.Targets;

/// <summary>
/// One square, hole or exposure target of a grid, keyed <see cref="TargetKeys"/>. One grain per target keeps each
/// state change a small write (its record and its one <see cref="TargetIndex"/> row) however many holes a grid has.
/// Agent reports carry an idempotency key; a key already applied here is a no-op and returns false.
/// </summary>
public interface ITargetGrain : IGrainWithStringKey
{
    [ReadOnly]
    Task<TargetView> GetAsync();

    /// <summary>Records (or refreshes) what the agent found; an existing target keeps its state.</summary>
    Task<bool> RecordFoundAsync(string sessionId, int gridPosition, TargetFound found, string reportKey);

    /// <summary>A user queued this target while the run goes on.</summary>
    Task<TargetView> AddByUserAsync(string sessionId, int gridPosition, TargetFound found);

    /// <summary>A user removed this target from the queue: it becomes skipped (refused once started).</summary>
    Task<TargetView> RemoveByUserAsync();

    Task<bool> ReportStateAsync(WorkState state, string? message, string reportKey);

    Task<bool> RecordAcquisitionAsync(TargetAcquisition acquisition, string reportKey);

    Task<bool> RecordImageAsync(TargetImage image, string reportKey);
}
