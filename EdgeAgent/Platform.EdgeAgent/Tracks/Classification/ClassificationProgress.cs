namespace Platform.EdgeAgent.Tracks.Classification;

/// <summary>
/// The track's durable bookkeeping, saved together with the classifier model: which micrographs are in the model (or failed),
/// the settings the model was built with, and the last publication. <see cref="RunId"/> is new after every Clear, so
/// idempotency keys of a cleared run never collide with the next one's.
/// </summary>
public sealed record ClassificationProgress
{
    public required string RunId { get; init; }

    public required double PixelSizeAngstrom { get; init; }

    public required double ParticleRadiusAngstrom { get; init; }

    public required int ClassCount { get; init; }

    public required int BoxPixels { get; init; }

    /// <summary>Micrograph names whose particles are in the model, in the order they were added.</summary>
    public List<string> Done { get; init; } = [];

    /// <summary>Micrograph names that could not be read (they are not retried).</summary>
    public List<string> Failed { get; init; } = [];

    public long Particles { get; set; }

    /// <summary>The last published class-averages iteration (0: none yet).</summary>
    public long Iteration { get; set; }

    public long ParticlesAtLastPublish { get; set; }

    public DateTimeOffset? LastPublishedAtUtc { get; set; }

    /// <summary>Whether a model built with this bookkeeping can continue under <paramref name="other"/>'s settings.</summary>
    public bool SameSettings(ClassificationProgress other) =>
        PixelSizeAngstrom.Equals(other.PixelSizeAngstrom) && ParticleRadiusAngstrom.Equals(other.ParticleRadiusAngstrom)
        && ClassCount == other.ClassCount && BoxPixels == other.BoxPixels;
}
