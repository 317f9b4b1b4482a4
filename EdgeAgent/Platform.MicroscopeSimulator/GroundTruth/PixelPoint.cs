namespace Platform.MicroscopeSimulator.GroundTruth;

/// <summary>A position in image pixels: x = column, y = row, pixel (i, j) has its centre at (i, j).</summary>
public sealed record PixelPoint(double X, double Y);
