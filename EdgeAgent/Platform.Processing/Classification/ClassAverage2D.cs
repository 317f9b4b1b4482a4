using Platform.Imaging.Images;

namespace Platform.Processing.Classification;

/// <summary>One 2D class: its average image, how many particles were assigned to it and its half-set FRC resolution.</summary>
public sealed record ClassAverage2D
{
    public required int ClassIndex { get; init; }

    public required Image2D Average { get; init; }

    /// <summary>Particles whose most probable class this is, over every mini-batch so far.</summary>
    public required int ParticleCount { get; init; }

    /// <summary>Resolution in Å where the FRC between the two half-set averages falls below 0.143 (NaN while a half set is empty).</summary>
    public required double ResolutionAngstrom { get; init; }

    /// <summary>FRC per ring (index = ring radius in Fourier pixels, 0..box/2).</summary>
    public required IReadOnlyList<double> FourierRingCorrelation { get; init; }
}
