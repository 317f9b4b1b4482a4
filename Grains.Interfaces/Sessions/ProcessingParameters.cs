using Platform.Grains.Errors;
using Platform.Runtime;

namespace Platform.Grains.Sessions;

/// <summary>
/// Parameters of on-the-fly processing (nextPYP's image data / microscope / particle detection tabs).
/// Changing them while a track runs leaves them pending until that track restarts.
/// </summary>
[Immutable]
public sealed record ProcessingParameters
{
    public double PixelSizeAngstrom { get; init; } = 1.0;

    public double VoltageKilovolts { get; init; } = 300;

    public double SphericalAberrationMillimetres { get; init; } = 2.7;

    public double AmplitudeContrast { get; init; } = 0.07;

    public double ParticleRadiusAngstrom { get; init; } = 75;

    /// <summary>Dose per frame; 0 when unknown (dose weighting is then skipped).</summary>
    public double DosePerFrameElectronsPerSquareAngstrom { get; init; }

    /// <summary>Path of the gain reference on the microscope PC, or null.</summary>
    public string? GainReferencePath { get; init; }

    public IReadOnlyList<FieldError> Validate()
    {
        var errors = new List<FieldError>();
        if (!(PixelSizeAngstrom is > 0.1 and <= 20))
        {
            errors.Add(new("pixelSizeAngstrom", "must be above 0.1 and at most 20 Å"));
        }

        if (VoltageKilovolts is not (80 or 100 or 120 or 200 or 300))
        {
            errors.Add(new("voltageKilovolts", "must be one of 80, 100, 120, 200, 300 kV"));
        }

        if (!(SphericalAberrationMillimetres is >= 0 and <= 10))
        {
            errors.Add(new("sphericalAberrationMillimetres", "must be between 0 and 10 mm"));
        }

        if (!(AmplitudeContrast is >= 0 and < 1))
        {
            errors.Add(new("amplitudeContrast", "must be at least 0 and below 1"));
        }

        if (!(ParticleRadiusAngstrom is > 0 and <= 2000))
        {
            errors.Add(new("particleRadiusAngstrom", "must be above 0 and at most 2000 Å"));
        }

        if (!(DosePerFrameElectronsPerSquareAngstrom is >= 0 and <= 50))
        {
            errors.Add(new("dosePerFrameElectronsPerSquareAngstrom", "must be between 0 (unknown) and 50 e⁻/Å²"));
        }

        return errors;
    }
}
