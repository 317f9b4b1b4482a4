namespace Platform.MicroscopeSimulator.Hardware;

/// <summary>An image held in a simulator buffer, with its pixel size, exposure, binning and (optional) ground truth object.</summary>
public sealed record BufferedImage(int Width, int Height, float[] Pixels, double PixelSizeMicrons, double ExposureSeconds, object? Truth)
{
    public double Binning => 1;
}
