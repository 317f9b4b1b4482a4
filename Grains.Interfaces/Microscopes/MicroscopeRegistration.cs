using Platform.Runtime;

namespace Platform.Grains.Microscopes;

/// <summary>What a facility admin enters for a microscope.</summary>
[Immutable]
public sealed record MicroscopeRegistration(
    string FacilityId,
    string Name,
    string Model,
    IReadOnlyList<Detector> Detectors,
    bool HasEnergyFilter,
    int AutoloaderCapacity = 12,
    double VoltageKilovolts = 300,
    double SphericalAberrationMillimetres = 2.7);
