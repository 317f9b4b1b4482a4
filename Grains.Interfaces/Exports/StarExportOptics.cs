namespace Platform.Grains.Exports;

/// <summary>
/// The optics group of an export, from the session's processing parameters and detector; the box size follows from the particle
/// radius. <paramref name="PhasePlate"/>: the data has phase shifts (phase plate), so the CTF columns include rlnPhaseShift.
/// </summary>
public sealed record StarExportOptics(
    string GroupName,
    double PixelSizeAngstrom,
    double VoltageKilovolts,
    double SphericalAberrationMillimetres,
    double AmplitudeContrast,
    double ParticleRadiusAngstrom,
    bool PhasePlate = false);
