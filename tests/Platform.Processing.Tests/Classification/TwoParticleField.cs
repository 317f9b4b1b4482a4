using Platform.Imaging.Images;
using Platform.Imaging.Mrc;
using Platform.Processing.Filters;
using Platform.Processing.Picking;
using Platform.Processing.Simulation;
using Platform.Processing.Tests.Data;

namespace Platform.Processing.Tests.Classification;

/// <summary>
/// Micrographs holding projections of two different real maps (EMD-3197 and EMD-3001) at random in-plane rotations and small
/// offsets, dark on a white-noise background at a chosen particle SNR; the truth says which map each pick is.
/// </summary>
internal static class TwoParticleField
{
    public const double PixelAngstrom = 2.5;
    public const double DiameterPixels = 56;

    public static Image2D[] Templates()
    {
        return new[] { "mrcfile/EMD-3197.map", "mrcfile/EMD-3001.map" }.Select(file =>
        {
            var map = MrcFile.Read(SharedData.PathOf(file)).Stack;
            var projection = ParticleTemplate.ProjectAlongZ(map, map.PixelSizeAngstrom);
            var scaled = ImageResampler.Scale(projection, DiameterPixels / Math.Max(projection.Width, projection.Height));
            var peak = scaled.Pixels.Max(Math.Abs);
            return new Image2D(scaled.Width, scaled.Height, scaled.Pixels.Select(v => v / peak).ToArray(), PixelAngstrom);
        }).ToArray();
    }

    /// <summary>One micrograph with a grid of particles; returns it, its picks and the true template index of each pick.</summary>
    public static (Image2D Micrograph, Pick[] Picks, int[] Truth) Generate(Image2D[] templates, int size, double snr, Random random)
    {
        var image = new Image2D(size, size, PixelAngstrom);
        var picks = new List<Pick>();
        var truth = new List<int>();
        var spacing = (int)(DiameterPixels * 1.8);
        var signalPower = new List<double>();
        for (var cy = spacing; cy <= size - spacing; cy += spacing)
        {
            for (var cx = spacing; cx <= size - spacing; cx += spacing)
            {
                var which = random.Next(templates.Length);
                var particle = ImageResampler.Rotate(templates[which], random.NextDouble() * 2 * Math.PI);
                int ox = cx + random.Next(-2, 3), oy = cy + random.Next(-2, 3);
                for (var y = 0; y < particle.Height; y++)
                {
                    for (var x = 0; x < particle.Width; x++)
                    {
                        var v = particle[x, y];
                        image[ox - (particle.Width / 2) + x, oy - (particle.Height / 2) + y] -= v;
                        if (Math.Abs(v) > 0.02)
                        {
                            signalPower.Add(v * v);
                        }
                    }
                }

                picks.Add(new Pick(cx, cy, 1));
                truth.Add(which);
            }
        }

        var sigma = Math.Sqrt(signalPower.Average() / snr);
        for (var i = 0; i < image.Pixels.Length; i++)
        {
            var u1 = 1 - random.NextDouble();
            image.Pixels[i] += (float)(sigma * Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * random.NextDouble()));
        }

        return (image, picks.ToArray(), truth.ToArray());
    }
}
