using Platform.Runtime;

namespace Platform.Grains.Micrographs;

/// <summary>An inclusive range over one metric; a missing bound is open. A micrograph whose value is missing fails the range.</summary>
[Immutable]
public sealed record MetricRange(MicrographMetric Metric, double? Min, double? Max);
