namespace Platform.Targeting.Selection;

/// <summary>How one found square looks for screening: apparent ice (film included) from Beer–Lambert, texture, and whether it is worth imaging.</summary>
public sealed record SquareQuality(int Index, double ApparentThicknessNanometers, double TextureCoefficient, bool Good, double Score, string Label);
