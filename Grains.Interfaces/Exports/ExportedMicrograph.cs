namespace Platform.Grains.Exports;

/// <summary>
/// One micrograph as an export writes it: RELION's micrograph name, CTF (CTFFIND convention: defocus positive for underfocus, Å;
/// angle of the U axis and phase shift in degrees; fit resolution Å; score) and where its picks file is among the session's files.
/// </summary>
public sealed record ExportedMicrograph(
    string MicrographName,
    double DefocusUAngstrom,
    double DefocusVAngstrom,
    double AstigmatismAngleDegrees,
    double PhaseShiftDegrees,
    double CtfFitResolutionAngstrom,
    double CtfScore,
    string PicksPath);
