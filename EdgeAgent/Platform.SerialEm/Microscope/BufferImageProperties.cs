namespace Platform.SerialEm.Microscope;

/// <summary>ImageProperties: size, binning, exposure and pixel size of the image in a buffer.</summary>
public sealed record BufferImageProperties(int Width, int Height, double Binning, double ExposureSeconds, double PixelSizeNanometers);
