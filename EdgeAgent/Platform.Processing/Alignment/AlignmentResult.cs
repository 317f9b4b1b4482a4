using Platform.Imaging.Images;
using Platform.Processing.Fourier;

namespace Platform.Processing.Alignment;

/// <summary>Outcome of movie alignment: per-frame shifts, drift totals and the aligned sums.</summary>
public sealed record AlignmentResult
{
    /// <summary>Per-frame displacement relative to frame 0 (frame 0 is always 0, 0).</summary>
    public required IReadOnlyList<FrameShift> Shifts { get; init; }

    /// <summary>Path length of the drift trajectory, Σ|d(i+1) - d(i)|, in Å.</summary>
    public required double TotalDriftAngstrom { get; init; }

    /// <summary>Drift between consecutive frames in Å (one fewer than the frames).</summary>
    public required IReadOnlyList<double> FrameToFrameDriftAngstrom { get; init; }

    /// <summary>Aligned sum without dose weighting (what CTF estimation wants).</summary>
    public required Image2D AlignedSum { get; init; }

    /// <summary>Aligned, exposure-filtered sum (Grant &amp; Grigorieff 2015); equals <see cref="AlignedSum"/> when no exposure was given.</summary>
    public required Image2D DoseWeightedSum { get; init; }

    /// <summary>
    /// Half spectrum of <see cref="DoseWeightedSum"/> (unnormalised FFTW forward convention), which the summation produced anyway:
    /// picking and thumbnails crop it instead of transforming the sum again. Null only where a result was built without one.
    /// </summary>
    public Spectrum2D? DoseWeightedSpectrum { get; init; }

    public required int Iterations { get; init; }

    /// <summary>Side lengths of the Fourier-cropped copy the shifts were measured on.</summary>
    public required (int Width, int Height) AlignmentSize { get; init; }
}
