namespace Platform.Targeting.Squares;

/// <summary>A grid square found in an atlas: centroid in pixels, area, equivalent side, mean brightness and whether it touches the image edge.</summary>
public sealed record SquareCandidate(double XPixels, double YPixels, int AreaPixels, double SidePixels, double MeanIntensity, bool TouchesEdge);
