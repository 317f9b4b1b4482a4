namespace Platform.Gateway.Micrographs;

/// <summary>Counts of one metric in equal-width bins over [MinValue, MaxValue] (the last bin includes MaxValue); no bins when nothing has a value.</summary>
public sealed record MicrographHistogram(double? MinValue, double? MaxValue, IReadOnlyList<long> Counts)
{
    public double? BinWidth => MinValue is { } min && MaxValue is { } max && Counts.Count > 0 ? (max - min) / Counts.Count : null;
}
