using Platform.Imaging.Mrc;
using Platform.Processing.Alignment;
using Platform.Processing.Ctf;
using Platform.Processing.Simulation;
using Platform.Processing.Tests.Data;

namespace Platform.Processing.Tests.Alignment;

public sealed class MovieAlignerAccuracyTests
{
    // A realistically crowded field: about 80 particles per 1024² at 1 Å/px, peak phase contrast 0.3, white ice texture 0.1.
    private static SyntheticMicrograph Specimen(int size, double pixel, int seed)
    {
        var map = MrcFile.Read(SharedData.PathOf("mrcfile/EMD-3197.map")).Stack;
        var particle = ParticleTemplate.ProjectAlongZ(map, pixel * 2);
        return SyntheticMicrograph.Render(new SyntheticMicrographSpec
        {
            Width = size,
            Height = size,
            PixelSizeAngstrom = pixel,
            Defocus = new DefocusParameters(16000, 15000, 30),
            Particle = particle,
            ParticleCount = 80 * size * size / (1024 * 1024),
            MinimumSeparationPixels = particle.Width * 0.7,
            ParticleContrast = 0.3,
            IceContrast = 0.1,
            Seed = seed,
        });
    }

    [Theory]
    [InlineData(1, 1024, 256, 1.0, 0.25)]
    [InlineData(2, 384, 384, 50.0, 0.08)]
    public void Subpixel_random_walk_is_recovered_within_the_rms_bound(int seed, int size, int alignmentSize, double electronsPerSquareAngstromPerFrame, double boundPixels)
    {
        const double pixel = 1.0;
        const int frames = 24;
        var specimen = Specimen(size, pixel, seed);
        var truth = SyntheticMovie.RandomWalk(frames, 0.4, -0.25, 0.35, seed);
        var movie = SyntheticMovie.Generate(specimen.Intensity, truth, electronsPerPixelPerFrame: electronsPerSquareAngstromPerFrame * pixel * pixel, seed);

        var result = MovieAligner.Align(movie, new MovieAlignmentSettings
        {
            PixelSizeAngstrom = pixel,
            ExposurePerFrameElectronsPerAngstromSquared = electronsPerSquareAngstromPerFrame,
            AlignmentSizePixels = alignmentSize == 0 ? size : alignmentSize,
        }, TestContext.Current.CancellationToken);

        // The absolute offset is arbitrary (frame 0 is the origin of both), so compare after removing the mean difference.
        var dx = Enumerable.Range(0, frames).Select(i => result.Shifts[i].XPixels - truth[i].X).ToArray();
        var dy = Enumerable.Range(0, frames).Select(i => result.Shifts[i].YPixels - truth[i].Y).ToArray();
        double mx = dx.Average(), my = dy.Average();
        var rms = Math.Sqrt(Enumerable.Range(0, frames).Average(i => Math.Pow(dx[i] - mx, 2) + Math.Pow(dy[i] - my, 2)));
        var trueDrift = Enumerable.Range(1, frames - 1).Sum(i => Math.Sqrt(Math.Pow(truth[i].X - truth[i - 1].X, 2) + Math.Pow(truth[i].Y - truth[i - 1].Y, 2))) * pixel;
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{size}² movie, {frames} frames, {electronsPerSquareAngstromPerFrame} e/Å²/frame, aligned at {result.AlignmentSize}: shift RMS error {rms:F3} px, iterations {result.Iterations}, total drift {result.TotalDriftAngstrom:F1} Å (truth {trueDrift:F1} Å)");
        Console.WriteLine($"[alignment] {size}px, {electronsPerSquareAngstromPerFrame} e/Å²/frame, aligned at {result.AlignmentSize.Width}px: shift RMS error {rms:F3} px (bound {boundPixels})");
        Assert.True(rms <= boundPixels, $"shift RMS error {rms:F3} px > {boundPixels} px");
        Assert.Equal(0, result.Shifts[0].XPixels);
        Assert.InRange(result.TotalDriftAngstrom, trueDrift * 0.8, trueDrift * 1.25);
    }
}
