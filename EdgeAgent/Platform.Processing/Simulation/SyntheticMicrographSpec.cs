using Platform.Imaging.Images;
using Platform.Processing.Ctf;

namespace Platform.Processing.Simulation;

/// <summary>What a synthetic micrograph contains: size, optics and defocus, particles, ice texture, contamination and a seed.</summary>
public sealed record SyntheticMicrographSpec
{
    public required int Width { get; init; }

    public required int Height { get; init; }

    public required double PixelSizeAngstrom { get; init; }

    public MicroscopeOptics Optics { get; init; } = new();

    public DefocusParameters Defocus { get; init; } = new(15000, 15000, 0);

    /// <summary>Particle image placed (randomly rotated) at each position; null for none.</summary>
    public Image2D? Particle { get; init; }

    public int ParticleCount { get; init; }

    /// <summary>Minimum centre-to-centre distance between particles, in pixels.</summary>
    public double MinimumSeparationPixels { get; init; }

    /// <summary>Phase-contrast amplitude of a particle: the template is scaled so its peak equals this.</summary>
    public double ParticleContrast { get; init; } = 0.3;

    /// <summary>Standard deviation of the white amorphous-ice phase object that gives Thon rings everywhere.</summary>
    public double IceContrast { get; init; } = 0.1;

    /// <summary>Envelope B-factor (Å²) exp(-B·g²/4) damping the transferred signal.</summary>
    public double EnvelopeBFactorAngstromSquared { get; init; } = 50;

    /// <summary>Dark disks (ice contamination) of this radius in pixels; 0 disables.</summary>
    public double ContaminationRadiusPixels { get; init; }

    public int ContaminationCount { get; init; }

    public int Seed { get; init; } = 1;
}
