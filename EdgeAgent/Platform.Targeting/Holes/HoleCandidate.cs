namespace Platform.Targeting.Holes;

/// <summary>A hole found in a square image: centre in pixels, mean brightness inside, and its contrast score over the surrounding film.</summary>
public sealed record HoleCandidate(double XPixels, double YPixels, double MeanInside, double Score);
