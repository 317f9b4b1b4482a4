namespace Platform.Grains.Exports;

/// <summary>Live counters of a running export, written by the writer's thread and read by the job (thread-safe).</summary>
public sealed class StarExportCounters
{
    private long _micrographs;
    private long _particles;
    private long _skipped;

    public long Micrographs => Interlocked.Read(ref _micrographs);

    public long Particles => Interlocked.Read(ref _particles);

    /// <summary>Micrographs left out because their picks file is missing or unreadable.</summary>
    public long Skipped => Interlocked.Read(ref _skipped);

    public void AddMicrograph(long particles)
    {
        Interlocked.Increment(ref _micrographs);
        Interlocked.Add(ref _particles, particles);
    }

    public void AddSkipped() => Interlocked.Increment(ref _skipped);
}
