using Platform.Imaging.Images;
using Platform.Imaging.Mrc;
using Platform.Processing.Ctf;
using Platform.Processing.Picking;
using Platform.Processing.Simulation;
using Platform.Processing.Tests.Data;

namespace Platform.Processing.Tests.Picking;

/// <summary>A 1024² micrograph at 4 Å/px with 120 EMD-3197 projections (radius 100 Å), CTF at 2 µm, two contamination disks and 20 e/Å² of shot noise.</summary>
internal sealed class SyntheticField
{
    public const double PixelAngstrom = 4.0;
    public const double RadiusAngstrom = 100;

    public SyntheticField(int seed)
    {
        Density = CleanProjection(ParticleTemplate.ProjectAlongZ(MrcFile.Read(SharedData.PathOf("mrcfile/EMD-3197.map")).Stack, PixelAngstrom), RadiusAngstrom / PixelAngstrom);
        Truth = SyntheticMicrograph.Render(new SyntheticMicrographSpec
        {
            Width = 1024,
            Height = 1024,
            PixelSizeAngstrom = PixelAngstrom,
            Defocus = new DefocusParameters(20000, 19000, 10),
            Particle = Density,
            ParticleCount = 120,
            MinimumSeparationPixels = 2.2 * RadiusAngstrom / PixelAngstrom,
            ParticleContrast = 0.3,
            IceContrast = 0.1,
            ContaminationRadiusPixels = 50,
            ContaminationCount = 2,
            Seed = seed,
        });
        Micrograph = ShotNoise.Expose(Truth.Intensity, 20 * PixelAngstrom * PixelAngstrom, seed + 999);
    }

    public Image2D Density { get; }

    public SyntheticMicrograph Truth { get; }

    public Image2D Micrograph { get; }

    /// <summary>Precision, recall and F1 with greedy matching (best scores first) within one particle radius.</summary>
    public (double Precision, double Recall, double F1) Score(IReadOnlyList<Pick> picks)
    {
        var truth = Truth.ParticleCentres;
        var used = new bool[truth.Count];
        var matchRadius = RadiusAngstrom / PixelAngstrom;
        var truePositives = 0;
        foreach (var p in picks.OrderByDescending(p => p.Score))
        {
            var best = -1;
            var bestDistance = matchRadius;
            for (var i = 0; i < truth.Count; i++)
            {
                var d = Math.Sqrt(Math.Pow(truth[i].X - p.XPixels, 2) + Math.Pow(truth[i].Y - p.YPixels, 2));
                if (!used[i] && d <= bestDistance)
                {
                    (best, bestDistance) = (i, d);
                }
            }

            if (best >= 0)
            {
                used[best] = true;
                truePositives++;
            }
        }

        var precision = picks.Count == 0 ? 0 : (double)truePositives / picks.Count;
        var recall = (double)truePositives / truth.Count;
        return (precision, recall, precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall));
    }

    private static Image2D CleanProjection(Image2D raw, double radius)
    {
        // The EMDB map has a non-zero solvent level: subtract the border median, keep positive density inside the radius.
        var border = new List<float>();
        for (var y = 0; y < raw.Height; y++)
        {
            for (var x = 0; x < raw.Width; x++)
            {
                if (x == 0 || y == 0 || x == raw.Width - 1 || y == raw.Height - 1)
                {
                    border.Add(raw[x, y]);
                }
            }
        }

        border.Sort();
        var level = border[border.Count / 2];
        var c = (raw.Width - 1) / 2.0;
        var clean = new Image2D(raw.Width, raw.Height, raw.PixelSizeAngstrom);
        for (var y = 0; y < raw.Height; y++)
        {
            for (var x = 0; x < raw.Width; x++)
            {
                var inside = Math.Sqrt(((x - c) * (x - c)) + ((y - c) * (y - c))) <= radius;
                clean[x, y] = inside ? Math.Max(0, raw[x, y] - level) : 0;
            }
        }

        return clean;
    }
}
