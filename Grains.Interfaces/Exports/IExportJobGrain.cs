using Platform.Runtime;

namespace Platform.Grains.Exports;

/// <summary>
/// One STAR export of a session's selected micrographs (nextPYP's export job), keyed by <see cref="ExportJobKeys"/>. Runs in the
/// background from a durable reminder; a run interrupted by a Silo restart is attempted again from the start, up to
/// <see cref="ExportJobKeys.MaxAttempts"/> times, then fails with the reason, so a job is never left RUNNING.
/// </summary>
public interface IExportJobGrain : IGrainWithStringKey
{
    /// <summary>Queues the job (validating the session and the selection); calling it again returns the job as it is.</summary>
    Task<ExportJobView> StartAsync(StartExportRequest request);

    /// <summary>The job; throws NotFoundException when it was never started.</summary>
    [ReadOnly]
    Task<ExportJobView> GetAsync();
}
