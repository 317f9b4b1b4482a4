namespace Platform.Processing.Ctf;

/// <summary>Parameters of CTF estimation: optics, the resolution band fitted, the defocus search range and tiling.</summary>
public sealed record CtfEstimationSettings
{
    public MicroscopeOptics Optics { get; init; } = new();

    /// <summary>Pixel size in Å; 0 takes the image's own.</summary>
    public double PixelSizeAngstrom { get; init; }

    /// <summary>Side of the square tiles whose power spectra are averaged (CTFFIND4's "box size").</summary>
    public int TileSizePixels { get; init; } = 512;

    /// <summary>Lowest resolution (Å) included in the fit.</summary>
    public double MinResolutionAngstrom { get; init; } = 30;

    /// <summary>Highest resolution (Å) included in the fit (clamped to 2.5 pixels).</summary>
    public double MaxResolutionAngstrom { get; init; } = 5;

    public double MinDefocusAngstrom { get; init; } = 3000;

    public double MaxDefocusAngstrom { get; init; } = 50000;

    /// <summary>Largest astigmatism (Δf_U − Δf_V, Å) searched.</summary>
    public double MaxAstigmatismAngstrom { get; init; } = 3000;

    /// <summary>Also fit an additional phase shift (phase plate data).</summary>
    public bool FindPhaseShift { get; init; }

    public int MaxThreads { get; init; } = Environment.ProcessorCount;

    internal void Validate()
    {
        ArgumentNullException.ThrowIfNull(Optics);
        ArgumentOutOfRangeException.ThrowIfLessThan(TileSizePixels, 64);
        if (TileSizePixels % 2 != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(TileSizePixels), TileSizePixels, "Tile size must be even.");
        }

        if (!(MinResolutionAngstrom > MaxResolutionAngstrom && MaxResolutionAngstrom > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(MinResolutionAngstrom), "Need MinResolutionAngstrom > MaxResolutionAngstrom > 0.");
        }

        if (!(MaxDefocusAngstrom > MinDefocusAngstrom && MinDefocusAngstrom > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(MinDefocusAngstrom), "Need MaxDefocusAngstrom > MinDefocusAngstrom > 0.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(MaxAstigmatismAngstrom);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxThreads);
    }
}
