namespace Platform.MicroscopeSimulator.Hardware;

/// <summary>The virtual stage: X/Y/Z in µm and alpha tilt in degrees, with the limits of a typical cryo stage.</summary>
public sealed class StageState
{
    public const double XyLimitMicrons = 990;
    public const double ZLimitMicrons = 300;
    public const double TiltLimitDegrees = 70;

    public double XMicrons { get; set; }

    public double YMicrons { get; set; }

    public double ZMicrons { get; set; }

    public double TiltDegrees { get; set; }

    /// <summary>Moves if the target is within limits; otherwise returns SerialEM-like error text and leaves the stage alone.</summary>
    public string? TryMoveTo(double x, double y, double z)
    {
        if (Math.Abs(x) > XyLimitMicrons || Math.Abs(y) > XyLimitMicrons || Math.Abs(z) > ZLimitMicrons)
        {
            return $"Stage position ({x:0.##}, {y:0.##}, {z:0.##}) is outside the stage limits";
        }

        (XMicrons, YMicrons, ZMicrons) = (x, y, z);
        return null;
    }

    public string? TryTiltTo(double degrees)
    {
        if (Math.Abs(degrees) > TiltLimitDegrees)
        {
            return $"Tilt angle {degrees:0.##} is beyond the {TiltLimitDegrees} degree limit";
        }

        TiltDegrees = degrees;
        return null;
    }
}
