using Platform.Processing.Ctf;

namespace Platform.Processing.Pipeline;

/// <summary>Everything the pre-processing chain needs for one session: optics, exposure, particle size, gain, outputs and thread budget.</summary>
public sealed record PreprocessingSettings
{
    public required double PixelSizeAngstrom { get; init; }

    public MicroscopeOptics Optics { get; init; } = new();

    /// <summary>Exposure per frame in e⁻/Å² (0 disables dose weighting and the ice proxy).</summary>
    public double ExposurePerFrameElectronsPerAngstromSquared { get; init; }

    public double PreExposureElectronsPerAngstromSquared { get; init; }

    public required double ParticleRadiusAngstrom { get; init; }

    /// <summary>Optional gain reference file (MRC or TIFF), multiplied into every frame.</summary>
    public string? GainReferencePath { get; init; }

    /// <summary>Folder for the aligned sum, thumbnail, power spectrum and picks files.</summary>
    public required string OutputDirectory { get; init; }

    public int MaxThreads { get; init; } = 2;

    public int ThumbnailMaxPixels { get; init; } = 1024;

    public int AlignmentSizePixels { get; init; } = 512;

    public int CtfTileSizePixels { get; init; } = 512;

    public double MinDefocusAngstrom { get; init; } = 3000;

    public double MaxDefocusAngstrom { get; init; } = 50000;

    /// <summary>Picking threshold in robust standard deviations above the median response.</summary>
    public double PickingThresholdSigma { get; init; } = 3;
}
