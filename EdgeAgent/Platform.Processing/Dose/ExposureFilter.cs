namespace Platform.Processing.Dose;

/// <summary>
/// Grant &amp; Grigorieff (2015) exposure filter (eLife 4:e06980): radiation damage fades spatial frequency k (1/Å)
/// as q(k, N) = exp(-N / (2·Ne(k))) after exposure N (e⁻/Å²), with critical exposure Ne(k) = a·k^b + c,
/// a = 0.245, b = -1.665, c = 2.81 e⁻/Å² measured at 300 kV; at 200 kV Ne is scaled by 0.8.
/// </summary>
public static class ExposureFilter
{
    private const double A = 0.245;
    private const double B = -1.665;
    private const double C = 2.81;

    /// <summary>Critical exposure Ne(k) in e⁻/Å² at spatial frequency k (1/Å) and the given accelerating voltage.</summary>
    public static double CriticalExposure(double spatialFrequencyPerAngstrom, double voltageKilovolts)
    {
        if (spatialFrequencyPerAngstrom <= 0)
        {
            return double.PositiveInfinity; // DC and below carry no damage.
        }

        return ((A * Math.Pow(spatialFrequencyPerAngstrom, B)) + C) * VoltageScale(voltageKilovolts);
    }

    /// <summary>Relative amplitude q(k, N) = exp(-N / (2·Ne(k))) left at frequency k after exposure N.</summary>
    public static double Weight(double spatialFrequencyPerAngstrom, double exposureElectronsPerAngstromSquared, double voltageKilovolts) =>
        Math.Exp(-exposureElectronsPerAngstromSquared / (2 * CriticalExposure(spatialFrequencyPerAngstrom, voltageKilovolts)));

    /// <summary>Critical-exposure scale relative to 300 kV (Grant &amp; Grigorieff 2015: 0.8 at 200 kV; linear in between, clamped outside).</summary>
    public static double VoltageScale(double voltageKilovolts)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(voltageKilovolts);
        return Math.Clamp(0.8 + ((voltageKilovolts - 200) * 0.002), 0.8, 1.0);
    }
}
