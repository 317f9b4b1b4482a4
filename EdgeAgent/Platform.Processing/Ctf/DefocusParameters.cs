namespace Platform.Processing.Ctf;

/// <summary>Astigmatic defocus in the CTFFIND convention: defocus U ≥ V in Å (positive = underfocus), U's azimuth in degrees from +x, and an additional phase shift in radians.</summary>
public readonly record struct DefocusParameters(double DefocusUAngstrom, double DefocusVAngstrom, double AstigmatismAngleDegrees, double PhaseShiftRadians = 0)
{
    public double MeanDefocusAngstrom => 0.5 * (DefocusUAngstrom + DefocusVAngstrom);

    public double AstigmatismAngstrom => DefocusUAngstrom - DefocusVAngstrom;

    /// <summary>The same defocus with U ≥ V and the angle folded into [0, 180).</summary>
    public DefocusParameters Normalised()
    {
        var (u, v, a) = DefocusUAngstrom >= DefocusVAngstrom
            ? (DefocusUAngstrom, DefocusVAngstrom, AstigmatismAngleDegrees)
            : (DefocusVAngstrom, DefocusUAngstrom, AstigmatismAngleDegrees + 90);
        a %= 180;
        if (a < 0)
        {
            a += 180;
        }

        return new DefocusParameters(u, v, a, PhaseShiftRadians);
    }
}
