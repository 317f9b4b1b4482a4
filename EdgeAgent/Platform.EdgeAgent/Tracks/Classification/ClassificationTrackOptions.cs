namespace Platform.EdgeAgent.Tracks.Classification;

/// <summary>How the 2D classification track batches, classifies and publishes; the session's settings give pixel size and particle radius.</summary>
public sealed record ClassificationTrackOptions
{
    /// <summary>Number of 2D classes.</summary>
    public int ClassCount { get; init; } = 20;

    /// <summary>Side of the classification boxes: extracted boxes are Fourier-binned down to about this (never up).</summary>
    public int ClassificationBoxPixels { get; init; } = 64;

    /// <summary>Micrographs are gathered until a mini-batch holds at least this many particles (or no more are ready).</summary>
    public int MinBatchParticles { get; init; } = 200;

    /// <summary>Class averages are published after this many new particles ...</summary>
    public long PublishEveryParticles { get; init; } = 1_000;

    /// <summary>... or once this long has passed since the last publication with new particles in between.</summary>
    public TimeSpan PublishEvery { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// ... or, once the track has caught up (no micrograph waiting), as soon as this long has passed since the last publication:
    /// the averages of everything collected reach users soon after acquisition pauses or ends, while a busy session is not
    /// published once per micrograph.
    /// </summary>
    public TimeSpan PublishWhenCaughtUpAfter { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>How often the pre-processing folder is looked at when nothing is waiting.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>A picks file must be this old before it is read, so one still being written is left for later.</summary>
    public TimeSpan SettleTime { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Threads the classifier may use.</summary>
    public int MaxThreads { get; init; } = Math.Max(1, Environment.ProcessorCount - 1);

    public int Seed { get; init; } = 1;
}
