namespace Platform.MicroscopeSimulator.GroundTruth;

/// <summary>
/// Where an image sits on the stage: pixel (i, j) centre is at stage (cx + (i − (W−1)/2)·p, cy + (j − (H−1)/2)·p);
/// image x follows stage X and image row y follows stage Y (no flip).
/// </summary>
public sealed record ImageFrame(int Width, int Height, double PixelSizeMicrons, double CenterXMicrons, double CenterYMicrons)
{
    public StagePoint ToStage(double x, double y) =>
        new(CenterXMicrons + ((x - ((Width - 1) / 2.0)) * PixelSizeMicrons), CenterYMicrons + ((y - ((Height - 1) / 2.0)) * PixelSizeMicrons));

    public PixelPoint ToPixel(double xMicrons, double yMicrons) =>
        new(((xMicrons - CenterXMicrons) / PixelSizeMicrons) + ((Width - 1) / 2.0), ((yMicrons - CenterYMicrons) / PixelSizeMicrons) + ((Height - 1) / 2.0));

    public bool Contains(PixelPoint p, double margin = 0) =>
        p.X >= -margin && p.Y >= -margin && p.X <= Width - 1 + margin && p.Y <= Height - 1 + margin;
}
