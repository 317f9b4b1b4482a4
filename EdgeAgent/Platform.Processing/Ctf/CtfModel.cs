namespace Platform.Processing.Ctf;

/// <summary>
/// The contrast transfer function of Rohou &amp; Grigorieff (2015, JSB 192:216, eqs. 1–3):
/// CTF(g) = -sin(χ), χ = π·λ·|g|²·Δf(α) - (π/2)·Cs·λ³·|g|⁴ + Δφ + arctan(w2 / sqrt(1 - w2²)),
/// Δf(α) = ½[Δf_U + Δf_V + (Δf_U - Δf_V)·cos(2(α - α_ast))], with g in 1/Å and Cs in Å.
/// </summary>
public sealed class CtfModel
{
    private readonly double _lambda;
    private readonly double _csAngstrom;
    private readonly double _amplitudePhase;

    public CtfModel(MicroscopeOptics optics, DefocusParameters defocus)
    {
        ArgumentNullException.ThrowIfNull(optics);
        Optics = optics;
        Defocus = defocus;
        _lambda = optics.WavelengthAngstrom;
        _csAngstrom = optics.SphericalAberrationMillimeters * 1e7;
        _amplitudePhase = Math.Atan(optics.AmplitudeContrast / Math.Sqrt(1 - (optics.AmplitudeContrast * optics.AmplitudeContrast)));
    }

    public MicroscopeOptics Optics { get; }

    public DefocusParameters Defocus { get; }

    /// <summary>Defocus in Å along azimuth <paramref name="azimuthRadians"/>.</summary>
    public double DefocusAt(double azimuthRadians)
    {
        var angle = Defocus.AstigmatismAngleDegrees * Math.PI / 180;
        return 0.5 * (Defocus.DefocusUAngstrom + Defocus.DefocusVAngstrom
            + ((Defocus.DefocusUAngstrom - Defocus.DefocusVAngstrom) * Math.Cos(2 * (azimuthRadians - angle))));
    }

    /// <summary>Phase aberration χ at spatial frequency (gx, gy) in 1/Å.</summary>
    public double Chi(double gx, double gy)
    {
        var g2 = (gx * gx) + (gy * gy);
        var defocus = g2 > 0 ? DefocusAt(Math.Atan2(gy, gx)) : Defocus.MeanDefocusAngstrom;
        return ChiAt(g2, defocus);
    }

    /// <summary>χ for squared frequency g² (1/Å²) at a given defocus (Å).</summary>
    public double ChiAt(double g2, double defocusAngstrom) =>
        (Math.PI * _lambda * g2 * defocusAngstrom)
        - (0.5 * Math.PI * _csAngstrom * _lambda * _lambda * _lambda * g2 * g2)
        + Defocus.PhaseShiftRadians + _amplitudePhase;

    public double Value(double gx, double gy) => -Math.Sin(Chi(gx, gy));
}
