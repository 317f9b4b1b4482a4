using System.Globalization;

namespace Platform.MicroscopeSimulator.Specimen;

/// <summary>A holey-film type such as R1.2/1.3: hole diameter and edge-to-edge spacing in µm (pitch = their sum).</summary>
public sealed record HoleType(double DiameterMicrons, double SpacingMicrons)
{
    public double PitchMicrons => DiameterMicrons + SpacingMicrons;

    public string Name => string.Create(CultureInfo.InvariantCulture, $"R{DiameterMicrons}/{SpacingMicrons}");

    public static HoleType R12_13 { get; } = new(1.2, 1.3);

    public static HoleType R2_1 { get; } = new(2.0, 1.0);

    /// <summary>Parses "R1.2/1.3".</summary>
    public static HoleType Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.TrimStart('R', 'r').Split('/');
        if (parts.Length != 2
            || !double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
            || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var s) || d <= 0 || s <= 0)
        {
            throw new FormatException($"Hole type '{text}' is not of the form R<diameter>/<spacing>.");
        }

        return new HoleType(d, s);
    }
}
