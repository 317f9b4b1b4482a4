namespace Platform.Targeting.Selection;

/// <summary>How one found hole compares with its square's typical hole: relative brightness inside, whether it is usable, and its rank score.</summary>
public sealed record HoleQuality(int Index, double RelativeBrightness, bool Good, double Score, string Label);
