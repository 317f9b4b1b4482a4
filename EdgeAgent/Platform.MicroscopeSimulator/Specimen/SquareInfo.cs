namespace Platform.MicroscopeSimulator.Specimen;

/// <summary>One grid square's ground truth: mesh indices, centre on the stage (µm), class and mean ice thickness.</summary>
public sealed record SquareInfo(int Column, int Row, double CenterXMicrons, double CenterYMicrons, SquareClass Class, double IceThicknessNanometers)
{
    public string Id => $"{Column}_{Row}";
}
