using Platform.Processing.Ctf;

namespace Platform.Processing.ParticleExport;

/// <summary>The optics group of an exported particle set: the session's processing parameters and the extraction box derived from the particle radius.</summary>
public sealed record RelionOptics
{
    /// <summary>Box side as a multiple of the particle diameter: RELION's and cryoSPARC's guides recommend 1.5–2× so the CTF-delocalised signal stays in the box.</summary>
    public const double BoxToDiameterRatio = 1.5;

    public RelionOptics(double pixelSizeAngstrom, MicroscopeOptics optics, double particleRadiusAngstrom, string groupName = "opticsGroup1")
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pixelSizeAngstrom);
        ArgumentNullException.ThrowIfNull(optics);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(particleRadiusAngstrom);
        ArgumentException.ThrowIfNullOrWhiteSpace(groupName);
        PixelSizeAngstrom = pixelSizeAngstrom;
        Optics = optics;
        ParticleRadiusAngstrom = particleRadiusAngstrom;
        GroupName = groupName;
    }

    public double PixelSizeAngstrom { get; }

    public MicroscopeOptics Optics { get; }

    public double ParticleRadiusAngstrom { get; }

    public string GroupName { get; }

    /// <summary>
    /// Whether the CTF columns carry rlnPhaseShift: RELION 3.1 writes it only for phase-plate data (CTF estimated with phase
    /// shifts). On by default, as the agent's <c>process</c> command always wrote it; the platform's export sets it per selection.
    /// </summary>
    public bool PhaseShift { get; init; } = true;

    /// <summary>Extraction box in pixels: 1.5 × the diameter, rounded up to an even number (RELION needs even boxes).</summary>
    public int BoxSizePixels => BoxSize(ParticleRadiusAngstrom, PixelSizeAngstrom);

    public static int BoxSize(double particleRadiusAngstrom, double pixelSizeAngstrom)
    {
        var pixels = BoxToDiameterRatio * 2 * particleRadiusAngstrom / pixelSizeAngstrom;
        return Math.Max(2, 2 * (int)Math.Ceiling(pixels / 2 - 1e-9));
    }
}
