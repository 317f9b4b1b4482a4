using Platform.Processing.Picking;

namespace Platform.Processing.ParticleExport;

/// <summary>One micrograph's CTF values and picked particles, as exported to a RELION particles STAR file.</summary>
public sealed record MicrographParticles
{
    /// <summary>The micrograph file name as RELION should see it (rlnMicrographName).</summary>
    public required string MicrographName { get; init; }

    public required double DefocusUAngstrom { get; init; }

    public required double DefocusVAngstrom { get; init; }

    public required double AstigmatismAngleDegrees { get; init; }

    public double PhaseShiftRadians { get; init; }

    public required double CtfFitResolutionAngstrom { get; init; }

    public required double CtfScore { get; init; }

    public required IReadOnlyList<Pick> Picks { get; init; }
}
