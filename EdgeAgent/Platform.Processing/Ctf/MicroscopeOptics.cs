namespace Platform.Processing.Ctf;

/// <summary>The microscope constants the CTF depends on: accelerating voltage, spherical aberration and amplitude contrast.</summary>
public sealed record MicroscopeOptics
{
    public MicroscopeOptics(double voltageKilovolts = 300, double sphericalAberrationMillimeters = 2.7, double amplitudeContrast = 0.07)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(voltageKilovolts);
        ArgumentOutOfRangeException.ThrowIfNegative(sphericalAberrationMillimeters);
        if (amplitudeContrast is < 0 or >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(amplitudeContrast), amplitudeContrast, "Amplitude contrast must be in [0, 1).");
        }

        VoltageKilovolts = voltageKilovolts;
        SphericalAberrationMillimeters = sphericalAberrationMillimeters;
        AmplitudeContrast = amplitudeContrast;
        WavelengthAngstrom = ElectronWavelengthAngstrom(voltageKilovolts);
    }

    public double VoltageKilovolts { get; }

    public double SphericalAberrationMillimeters { get; }

    /// <summary>Fraction of amplitude contrast w2 (e.g. 0.07 for ice).</summary>
    public double AmplitudeContrast { get; }

    public double WavelengthAngstrom { get; }

    /// <summary>
    /// Relativistic electron wavelength λ = h / sqrt(2·m0·e·V·(1 + e·V / (2·m0·c²))) (e.g. Williams &amp; Carter,
    /// Transmission Electron Microscopy, eq. 1.6) = 12.2643 / sqrt(V + 0.978466e-6·V²) Å with V in volts; 0.019687 Å at 300 kV.
    /// </summary>
    public static double ElectronWavelengthAngstrom(double voltageKilovolts)
    {
        var volts = voltageKilovolts * 1000.0;
        return 12.264259 / Math.Sqrt(volts + (0.97846914e-6 * volts * volts));
    }
}
