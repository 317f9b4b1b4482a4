namespace Platform.Processing.Alignment;

/// <summary>The measured displacement of one movie frame relative to the first, in pixels and Å (the frame was shifted back by this amount).</summary>
public sealed record FrameShift(int Frame, double XPixels, double YPixels, double PixelSizeAngstrom)
{
    public double XAngstrom => XPixels * PixelSizeAngstrom;

    public double YAngstrom => YPixels * PixelSizeAngstrom;
}
