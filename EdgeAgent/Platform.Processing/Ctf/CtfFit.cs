using Platform.Imaging.Images;

namespace Platform.Processing.Ctf;

/// <summary>The result of CTF estimation for one micrograph: defocus, astigmatism, phase shift, fit resolution, score and the spectrum it was fitted to.</summary>
public sealed record CtfFit
{
    public required DefocusParameters Defocus { get; init; }

    public double DefocusUAngstrom => Defocus.DefocusUAngstrom;

    public double DefocusVAngstrom => Defocus.DefocusVAngstrom;

    public double AstigmatismAngleDegrees => Defocus.AstigmatismAngleDegrees;

    public double PhaseShiftRadians => Defocus.PhaseShiftRadians;

    /// <summary>Resolution (Å) up to which the Thon rings agree with the model (CTFFIND4's criterion: windowed correlation ≥ 0.75).</summary>
    public required double FitResolutionAngstrom { get; init; }

    /// <summary>Correlation between background-subtracted spectrum and model over the fitted band (−1…1).</summary>
    public required double Score { get; init; }

    /// <summary>The background-subtracted, normalised amplitude spectrum (origin at the centre), for display.</summary>
    public required Image2D Spectrum { get; init; }
}
