using Platform.MicroscopeSimulator.GroundTruth;

namespace Platform.MicroscopeSimulator.Rendering;

/// <summary>What to render for one exposure: size, pixel size, CTF, dose, frames, particles, drift scale, ice and seed.</summary>
public sealed record ExposureRequest(
    int SizePixels, int MovieSizePixels, double PixelSizeAngstrom, ContrastTransfer Ctf, double DoseElectronsPerAngstromSquared, int FrameCount,
    int ParticleCount, double ParticleRadiusAngstrom, double DriftScale, double IceTransmission, double IceThicknessNanometers, StagePoint Stage, int Seed)
{
    /// <summary>Radius of the simulated particles: apoferritin, a 12 nm shell (Harrison &amp; Arosio, BBA 1275:161, 1996).</summary>
    public const double SpecimenParticleRadiusAngstrom = 60;

    /// <summary>
    /// The exposure the simulated microscope records with these options: particles fill about a third of the exposure's area
    /// (a well-spread grid; the placement keeps centres 2.2 radii apart) and the movie is the central crop of
    /// <see cref="SimulatorOptions.FrameSizePixels"/>. <paramref name="exposureScale"/> is the camera set's exposure time over
    /// <see cref="SimulatorOptions.CameraSetExposureSeconds"/>.
    /// </summary>
    public static ExposureRequest For(
        SimulatorOptions options, ContrastTransfer ctf, double iceTransmission, double iceThicknessNanometers, StagePoint stage, int seed, double exposureScale = 1)
    {
        ArgumentNullException.ThrowIfNull(options);
        var n = options.ExposureSizePixels;
        var diameterPixels = 2 * SpecimenParticleRadiusAngstrom / options.ExposurePixelSizeAngstrom;
        var particleCount = Math.Max(4, (int)(n * n / (3 * diameterPixels * diameterPixels)));
        // Fixed frame time and dose rate: frames and dose scale with the camera set's exposure time (SetExposure).
        var frameCount = Math.Max(1, (int)Math.Round(options.FrameCount * exposureScale));
        return new ExposureRequest(n, options.FrameSizePixels, options.ExposurePixelSizeAngstrom, ctf, options.ExposureDoseElectronsPerAngstromSquared * exposureScale,
            frameCount, particleCount, SpecimenParticleRadiusAngstrom, 1, iceTransmission, iceThicknessNanometers, stage, seed);
    }
}
