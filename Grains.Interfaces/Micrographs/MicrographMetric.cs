namespace Platform.Grains.Micrographs;

/// <summary>The per-micrograph numbers users filter, sort and plot by (DESIGN.md §6); units are in the index column names.</summary>
public enum MicrographMetric
{
    /// <summary>Mean of defocus U and V, Å (positive is underfocus, as CTFFIND reports it).</summary>
    DefocusAngstrom,

    /// <summary>|defocus U − defocus V|, Å.</summary>
    AstigmatismAngstrom,

    AstigmatismAngleDegrees,

    /// <summary>The resolution to which the CTF model fits the spectrum, Å (smaller is better).</summary>
    CtfFitResolutionAngstrom,

    CtfScore,

    /// <summary>Total frame-alignment drift, Å.</summary>
    DriftTotalAngstrom,

    ParticleCount,

    IceThicknessNanometres,
}
