namespace Platform.EdgeAgent.Acquisition;

/// <summary>
/// Maps pixels of an image to stage µm: SerialEM's BufImageToStageMatrix (a, b, c, d) applied to the offset from the image centre,
/// plus the stage position (and image shift) at which the image was taken.
/// </summary>
public sealed record ImageToStage(int Width, int Height, double A, double B, double C, double D, double CenterXMicrons, double CenterYMicrons)
{
    public (double XMicrons, double YMicrons) ToStage(double xPixels, double yPixels)
    {
        var dx = xPixels - ((Width - 1) / 2.0);
        var dy = yPixels - ((Height - 1) / 2.0);
        return (CenterXMicrons + (A * dx) + (B * dy), CenterYMicrons + (C * dx) + (D * dy));
    }

    /// <summary>Pixel size in Å along X (from the matrix), for reports.</summary>
    public double PixelSizeAngstrom => Math.Sqrt((A * A) + (C * C)) * 10_000;
}
