namespace Platform.Processing.Alignment;

/// <summary>Parameters of whole-frame movie alignment and dose weighting.</summary>
public sealed record MovieAlignmentSettings
{
    /// <summary>Pixel size in Å; 0 takes the movie's own.</summary>
    public double PixelSizeAngstrom { get; init; }

    /// <summary>Exposure per frame in e⁻/Å²; 0 disables dose weighting.</summary>
    public double ExposurePerFrameElectronsPerAngstromSquared { get; init; }

    /// <summary>Exposure received before the first frame in e⁻/Å².</summary>
    public double PreExposureElectronsPerAngstromSquared { get; init; }

    public double VoltageKilovolts { get; init; } = 300;

    /// <summary>Largest side of the Fourier-cropped copy the shifts are measured on (the movie is binned in Fourier space down to this).</summary>
    public int AlignmentSizePixels { get; init; } = 512;

    /// <summary>B-factor (Å²) of the Gaussian exp(-B·s²/4) applied to the cross-correlation to suppress high-frequency noise.</summary>
    public double BFactorAngstromSquared { get; init; } = 500;

    /// <summary>Largest shift searched, in Å, relative to the reference.</summary>
    public double MaxShiftAngstrom { get; init; } = 200;

    public int MaxIterations { get; init; } = 10;

    /// <summary>Stop when no frame's shift changes by more than this many (full-resolution) pixels.</summary>
    public double ConvergencePixels { get; init; } = 0.02;

    /// <summary>Threads used across frames (FFTs, correlations, sums).</summary>
    public int MaxThreads { get; init; } = Environment.ProcessorCount;

    internal void Validate()
    {
        if (double.IsNaN(PixelSizeAngstrom) || PixelSizeAngstrom < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(PixelSizeAngstrom), PixelSizeAngstrom, "Pixel size must be >= 0.");
        }

        if (ExposurePerFrameElectronsPerAngstromSquared < 0 || PreExposureElectronsPerAngstromSquared < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(ExposurePerFrameElectronsPerAngstromSquared), "Exposures must be >= 0.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(AlignmentSizePixels, 32);
        ArgumentOutOfRangeException.ThrowIfNegative(BFactorAngstromSquared);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxShiftAngstrom);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxIterations);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxThreads);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(VoltageKilovolts);
    }
}
