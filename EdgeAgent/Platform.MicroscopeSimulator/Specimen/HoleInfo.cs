namespace Platform.MicroscopeSimulator.Specimen;

/// <summary>One hole's ground truth: its square, lattice indices, centre on the stage (µm), class and ice thickness.</summary>
public sealed record HoleInfo(string SquareId, int K, int L, double CenterXMicrons, double CenterYMicrons, HoleClass Class, double IceThicknessNanometers);
