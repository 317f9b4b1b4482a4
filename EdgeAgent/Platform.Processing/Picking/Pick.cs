namespace Platform.Processing.Picking;

/// <summary>One picked particle: centre in micrograph pixels (x right, y down the rows) and the picker's score.</summary>
public sealed record Pick(double XPixels, double YPixels, double Score);
