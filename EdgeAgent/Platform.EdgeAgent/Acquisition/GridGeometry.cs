using System.Globalization;

namespace Platform.EdgeAgent.Acquisition;

/// <summary>
/// The sizes the finders need from a grid's plan: hole diameter and pitch from a Quantifoil-style name "R1.2/1.3" (diameter/spacing µm)
/// and the open square side from the mesh count (pitch 25.4 mm / mesh minus a bar width that grows with pitch).
/// </summary>
public sealed record GridGeometry(double HoleDiameterMicrons, double HolePitchMicrons, double SquareSideMicrons)
{
    /// <summary>Parses the plan's names; a clear <see cref="FormatException"/> when the hole type is not R&lt;d&gt;/&lt;s&gt;.</summary>
    public static GridGeometry For(string holeType, int meshSize)
    {
        ArgumentNullException.ThrowIfNull(holeType);
        var parts = holeType.Trim().TrimStart('R', 'r').Split('/');
        if (parts.Length != 2
            || !double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var diameter)
            || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var spacing) || diameter <= 0 || spacing <= 0)
        {
            throw new FormatException($"Hole type '{holeType}' is not of the form R<diameter>/<spacing> (µm), e.g. R1.2/1.3.");
        }

        if (meshSize is < 50 or > 1000)
        {
            throw new FormatException($"Mesh size {meshSize} is outside 50–1000 lines per inch.");
        }

        // Copper grids: 300 mesh has an 84.7 µm pitch and ≈ 25 µm bars (≈ 60 µm holes); bars scale roughly with pitch (≈ 30 %).
        var pitch = 25_400.0 / meshSize;
        return new GridGeometry(diameter, diameter + spacing, pitch * 0.705);
    }
}
