namespace Platform.Grains.Exports;

/// <summary>Where an export job is: waiting to run, running, done with an output file, or failed with a reason.</summary>
public enum ExportJobStatus
{
    Queued,
    Running,
    Succeeded,
    Failed,
}
