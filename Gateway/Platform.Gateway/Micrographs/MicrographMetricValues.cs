using Platform.Grains.Micrographs;

namespace Platform.Gateway.Micrographs;

/// <summary>A micrograph's value of one metric, derived exactly as the grain writes it into the micrographs index.</summary>
public static class MicrographMetricValues
{
    public static double? Of(MicrographResult result, MicrographMetric metric) => metric switch
    {
        // Mean defocus and astigmatism from CTFFIND's U/V (Rohou & Grigorieff 2015, J. Struct. Biol. 192:216).
        MicrographMetric.DefocusAngstrom => result.DefocusUAngstrom is { } u && result.DefocusVAngstrom is { } v ? (u + v) / 2 : null,
        MicrographMetric.AstigmatismAngstrom => result.DefocusUAngstrom is { } u && result.DefocusVAngstrom is { } v ? Math.Abs(u - v) : null,
        MicrographMetric.AstigmatismAngleDegrees => result.AstigmatismAngleDegrees,
        MicrographMetric.CtfFitResolutionAngstrom => result.CtfFitResolutionAngstrom,
        MicrographMetric.CtfScore => result.CtfScore,
        MicrographMetric.DriftTotalAngstrom => result.DriftTotalAngstrom,
        MicrographMetric.ParticleCount => result.ParticleCount,
        MicrographMetric.IceThicknessNanometres => result.IceThicknessNanometres,
        _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, "Unknown micrograph metric."),
    };
}
