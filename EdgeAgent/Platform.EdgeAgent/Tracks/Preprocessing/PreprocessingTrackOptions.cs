namespace Platform.EdgeAgent.Tracks.Preprocessing;

/// <summary>How the pre-processing track finds movies and how many cores it uses.</summary>
public sealed record PreprocessingTrackOptions
{
    /// <summary>A movie counts as complete once unchanged (and not open for writing) this long (<see cref="Platform.Transfer.Watching.WatchOptions.StableFor"/>).</summary>
    public TimeSpan StableFor { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Time between scans of the frames folder while nothing is waiting.</summary>
    public TimeSpan ScanInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Threads for one movie (all cores by default: movies are processed one at a time).</summary>
    public int MaxThreads { get; init; } = Environment.ProcessorCount;

    /// <summary>FFTW wisdom file in the agent's data folder (<see cref="Platform.Processing.Fourier.FftwWisdom"/>): loaded at start, saved after each new plan; null for none.</summary>
    public string? FftwWisdomPath { get; init; }

    /// <summary>The movie formats the readers take (<see cref="MovieFiles.Readable"/>: EER is not read yet).</summary>
    public IReadOnlySet<string> MovieExtensions { get; init; } = MovieFiles.Readable;
}
