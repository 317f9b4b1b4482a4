namespace Platform.MicroscopeSimulator.Specimen;

/// <summary>A hole in the film: open with ice, covered (missing: no hole to find), or with an ice-crystal contamination blob.</summary>
public enum HoleClass
{
    Good,
    Missing,
    Contaminated,
}
