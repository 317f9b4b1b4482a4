namespace Platform.Processing.Picking;

/// <summary>Parameters shared by the particle pickers: particle size, thresholds, edge and contamination rejection.</summary>
public sealed record PickingSettings
{
    public required double ParticleRadiusAngstrom { get; init; }

    /// <summary>Pixel size in Å; 0 takes the micrograph's own.</summary>
    public double PixelSizeAngstrom { get; init; }

    /// <summary>Particle radius, in pixels, of the Fourier-binned copy the picker works on (smaller is faster).</summary>
    public double WorkingRadiusPixels { get; init; } = 10;

    /// <summary>Keep peaks whose score exceeds the map's median by this many robust standard deviations.</summary>
    public double ThresholdSigma { get; init; } = 3;

    /// <summary>Reject picks whose centre is closer than this to the border; 0 uses one particle radius.</summary>
    public double EdgeMarginAngstrom { get; init; }

    /// <summary>Minimum distance between picks as a multiple of the particle diameter (non-maximum suppression).</summary>
    public double MinimumSeparationDiameters { get; init; } = 1.0;

    /// <summary>Reject picks where the heavily smoothed image is this many robust SDs away from its median (ice contamination, carbon); 0 disables.</summary>
    public double ContaminationSigma { get; init; } = 4;

    /// <summary>Particles look dark on a bright background in untreated micrographs (protein scatters more than ice).</summary>
    public bool ParticlesAreDark { get; init; } = true;

    public int MaxPicks { get; init; } = 10_000;

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(ParticleRadiusAngstrom);
        ArgumentOutOfRangeException.ThrowIfNegative(PixelSizeAngstrom);
        ArgumentOutOfRangeException.ThrowIfLessThan(WorkingRadiusPixels, 2);
        ArgumentOutOfRangeException.ThrowIfNegative(EdgeMarginAngstrom);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MinimumSeparationDiameters);
        ArgumentOutOfRangeException.ThrowIfNegative(ContaminationSigma);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxPicks);
    }
}
