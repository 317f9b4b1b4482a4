namespace Platform.EdgeAgent.Acquisition;

/// <summary>
/// Image shift and defocus for a target seen from a tilted stage (reference Part 3.10): the Y shift is foreshortened by cos(tilt)
/// and the height change along Y is compensated in defocus, defocus = focus + isY·sin(tilt). Image shift here is target − current
/// (the simulator's and SerialEM's specimen-coordinate sign); SmartScope writes current − target and subtracts, which is the same.
/// </summary>
public static class TiltGeometry
{
    public static (double IsXMicrons, double IsYMicrons) ImageShiftTo(
        double fromXMicrons, double fromYMicrons, double toXMicrons, double toYMicrons, double tiltDegrees, double offsetXMicrons)
    {
        var cos = Math.Cos(tiltDegrees * Math.PI / 180);
        return (toXMicrons - fromXMicrons + offsetXMicrons, (toYMicrons - fromYMicrons) * cos);
    }

    public static double CompensatedDefocusMicrons(double focusDefocusMicrons, double isYMicrons, double tiltDegrees) =>
        focusDefocusMicrons + (isYMicrons * Math.Sin(tiltDegrees * Math.PI / 180));

    /// <summary>
    /// Where the Low Dose Focus area goes (SmartScope <c>setFocusPosition</c>): at tilt 0 half a diagonal between holes,
    /// pitch·√2/2 at mesh rotation − 45°, so focusing happens on carbon; tilted, pitch/2 at 0° along the tilt axis.
    /// </summary>
    public static (double DistanceMicrons, double AngleDegrees) FocusAreaPosition(double holePitchMicrons, double tiltDegrees, double meshRotationDegrees) =>
        tiltDegrees == 0
            ? (holePitchMicrons * Math.Sqrt(2) / 2, meshRotationDegrees - 45)
            : (holePitchMicrons / 2, 0);
}
