namespace Platform.MicroscopeSimulator.Rendering;

/// <summary>
/// The CTF of a weak-phase specimen with astigmatism, as fitted by CTFFIND4 (Rohou &amp; Grigorieff, J. Struct. Biol. 192:216, 2015, eq. 1–3):
/// CTF(k) = −[√(1−A²)·sin χ + A·cos χ], χ = πλΔf(θ)k² − ½πCsλ³k⁴, Δf(θ) = ½[Δf₁+Δf₂+(Δf₁−Δf₂)cos 2(θ−θ_ast)].
/// </summary>
public sealed record ContrastTransfer(
    double DefocusUAngstrom, double DefocusVAngstrom, double AstigmatismAngleDegrees,
    double VoltageKilovolts = 300, double SphericalAberrationMillimetres = 2.7, double AmplitudeContrast = 0.07)
{
    /// <summary>Relativistic electron wavelength in Å: λ = h/√(2m₀eV(1+eV/2m₀c²)) = 12.2643/√(V(1+0.978466·10⁻⁶V)), V in volts.</summary>
    public double WavelengthAngstrom
    {
        get
        {
            var volts = VoltageKilovolts * 1000;
            return 12.2643 / Math.Sqrt(volts * (1 + (0.978466e-6 * volts)));
        }
    }

    /// <summary>CTF value at spatial frequency (kx, ky) in 1/Å.</summary>
    public double At(double kx, double ky)
    {
        var k2 = (kx * kx) + (ky * ky);
        var theta = Math.Atan2(ky, kx);
        var ast = AstigmatismAngleDegrees * Math.PI / 180;
        var defocus = 0.5 * (DefocusUAngstrom + DefocusVAngstrom + ((DefocusUAngstrom - DefocusVAngstrom) * Math.Cos(2 * (theta - ast))));
        var lambda = WavelengthAngstrom;
        var cs = SphericalAberrationMillimetres * 1e7;
        var chi = (Math.PI * lambda * defocus * k2) - (0.5 * Math.PI * cs * lambda * lambda * lambda * k2 * k2);
        return -((Math.Sqrt(1 - (AmplitudeContrast * AmplitudeContrast)) * Math.Sin(chi)) + (AmplitudeContrast * Math.Cos(chi)));
    }
}
