using Platform.Imaging.Images;
using Platform.Processing.Ctf;
using Platform.Processing.Fourier;

namespace Platform.Processing.Simulation;

/// <summary>
/// A noise-free synthetic micrograph with ground truth: intensity (mean ≈ 1) = 1 + CTF ⊗ (particles + ice texture),
/// times dark contamination disks. Shot noise is added per frame by <see cref="SyntheticMovie"/>.
/// </summary>
public sealed class SyntheticMicrograph
{
    private SyntheticMicrograph(Image2D intensity, IReadOnlyList<(double X, double Y)> particles, IReadOnlyList<(double X, double Y)> contamination)
    {
        Intensity = intensity;
        ParticleCentres = particles;
        ContaminationCentres = contamination;
    }

    /// <summary>Expected relative beam intensity per pixel (mean ≈ 1).</summary>
    public Image2D Intensity { get; }

    /// <summary>True particle centres in pixels (x, y).</summary>
    public IReadOnlyList<(double X, double Y)> ParticleCentres { get; }

    public IReadOnlyList<(double X, double Y)> ContaminationCentres { get; }

    public static SyntheticMicrograph Render(SyntheticMicrographSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var rng = new SeededRandom(spec.Seed);
        var objectImage = new Image2D(spec.Width, spec.Height, spec.PixelSizeAngstrom);
        for (var i = 0; i < objectImage.Pixels.Length; i++)
        {
            objectImage.Pixels[i] = (float)(spec.IceContrast * Gaussian(rng));
        }

        var contamination = PlaceCentres(rng, spec, spec.ContaminationCount, 2 * spec.ContaminationRadiusPixels, [], spec.ContaminationRadiusPixels);
        var particles = spec.Particle is null
            ? []
            : PlaceCentres(rng, spec, spec.ParticleCount, spec.MinimumSeparationPixels, contamination, spec.Particle.Width / 2.0, spec.ContaminationRadiusPixels + (spec.Particle.Width / 2.0));
        if (spec.Particle is not null)
        {
            var peak = spec.Particle.Pixels.Max(Math.Abs);
            var scale = peak > 0 ? (float)(spec.ParticleContrast / peak) : 0f;
            foreach (var (cx, cy) in particles)
            {
                var rotated = ParticleTemplate.Rotate(spec.Particle, rng.NextDouble() * 2 * Math.PI);
                Paste(objectImage, rotated, (int)cx, (int)cy, scale);
            }
        }

        var spectrum = Fft2D.Forward(objectImage);
        CtfFilter.Apply(spectrum, spec.PixelSizeAngstrom, new CtfModel(spec.Optics, spec.Defocus), spec.EnvelopeBFactorAngstromSquared);
        var intensity = Fft2D.Inverse(spectrum, spec.PixelSizeAngstrom);
        for (var i = 0; i < intensity.Pixels.Length; i++)
        {
            intensity.Pixels[i] = MathF.Max(0, 1 + intensity.Pixels[i]);
        }

        foreach (var (cx, cy) in contamination)
        {
            DarkenDisk(intensity, cx, cy, spec.ContaminationRadiusPixels);
        }

        return new SyntheticMicrograph(intensity, particles, contamination);
    }

    private static List<(double X, double Y)> PlaceCentres(
        Random rng, SyntheticMicrographSpec spec, int count, double separation, IReadOnlyList<(double X, double Y)> avoid, double margin, double avoidDistance = 0)
    {
        var result = new List<(double X, double Y)>();
        for (var attempt = 0; attempt < count * 200 && result.Count < count; attempt++)
        {
            var x = Math.Floor(margin + (rng.NextDouble() * (spec.Width - (2 * margin))));
            var y = Math.Floor(margin + (rng.NextDouble() * (spec.Height - (2 * margin))));
            var free = result.All(p => Math.Pow(p.X - x, 2) + Math.Pow(p.Y - y, 2) >= separation * separation)
                && avoid.All(p => Math.Pow(p.X - x, 2) + Math.Pow(p.Y - y, 2) >= avoidDistance * avoidDistance);
            if (free)
            {
                result.Add((x, y));
            }
        }

        return result;
    }

    private static void Paste(Image2D target, Image2D patch, int cx, int cy, float scale)
    {
        int ox = cx - (patch.Width / 2), oy = cy - (patch.Height / 2);
        for (var y = 0; y < patch.Height; y++)
        {
            for (var x = 0; x < patch.Width; x++)
            {
                int tx = ox + x, ty = oy + y;
                if (tx >= 0 && ty >= 0 && tx < target.Width && ty < target.Height)
                {
                    target[tx, ty] += patch[x, y] * scale;
                }
            }
        }
    }

    private static void DarkenDisk(Image2D image, double cx, double cy, double radius)
    {
        for (var y = Math.Max(0, (int)(cy - radius - 2)); y < Math.Min(image.Height, (int)(cy + radius + 2)); y++)
        {
            for (var x = Math.Max(0, (int)(cx - radius - 2)); x < Math.Min(image.Width, (int)(cx + radius + 2)); x++)
            {
                var r = Math.Sqrt(((x - cx) * (x - cx)) + ((y - cy) * (y - cy)));
                var edge = Math.Clamp(radius + 1 - r, 0, 1); // one-pixel soft edge
                image[x, y] *= (float)(1 - (0.7 * edge));
            }
        }
    }

    private static double Gaussian(Random rng) =>
        Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());
}
