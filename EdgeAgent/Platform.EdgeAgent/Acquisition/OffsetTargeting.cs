namespace Platform.EdgeAgent.Acquisition;

/// <summary>
/// SmartScope's offset targeting (reference Part 3.8, <c>add_IS_offset</c>): an X image-shift offset to sample the ice gradient near
/// the hole edge. Fixed when a distance is given, else round(U·(hole diameter/2)·f, 1) with f = 0.8 on carbon film, 0.5 otherwise.
/// </summary>
public static class OffsetTargeting
{
    /// <summary>The X offset in µm, or 0 when offset targeting does not apply (off, multishot, or no known hole size).</summary>
    public static double OffsetMicrons(bool enabled, bool multishot, double fixedDistanceMicrons, double? holeDiameterMicrons, string meshMaterial, double uniform01)
    {
        if (!enabled || multishot || holeDiameterMicrons is not { } diameter)
        {
            return 0;
        }

        if (fixedDistanceMicrons != -1)
        {
            return fixedDistanceMicrons;
        }

        var factor = string.Equals(meshMaterial, "Carbon", StringComparison.OrdinalIgnoreCase) ? 0.8 : 0.5;
        return Math.Round(uniform01 * (diameter / 2) * factor, 1);
    }
}
