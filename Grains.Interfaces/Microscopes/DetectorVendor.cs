namespace Platform.Grains.Microscopes;

/// <summary>Detector manufacturers the workflow distinguishes.</summary>
public enum DetectorVendor
{
    Gatan,
    ThermoFisher,
    DirectElectron,
    Other,
}
