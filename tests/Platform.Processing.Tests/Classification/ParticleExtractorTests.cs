using Platform.Imaging.Images;
using Platform.Processing.Classification;
using Platform.Processing.Picking;
using Platform.Processing.Simulation;

namespace Platform.Processing.Tests.Classification;

public sealed class ParticleExtractorTests
{
    [Fact]
    public void Boxes_are_sized_from_the_radius_downsampled_and_normalised_and_edge_picks_are_skipped()
    {
        var extractor = new ParticleExtractor(micrographPixelAngstrom: 1.0, particleRadiusAngstrom: 50, classificationBoxPixels: 64);
        Assert.Equal(150, extractor.ExtractionBoxPixels);
        Assert.Equal(64, extractor.BoxPixels);
        Assert.Equal(150 / 64.0, extractor.PixelSizeAngstrom, 9);
        Assert.Equal(50 / (150 / 64.0), extractor.MaskRadiusPixels, 9);

        var random = new SeededRandom(9);
        var micrograph = new Image2D(600, 600, Enumerable.Range(0, 600 * 600).Select(_ => (float)(10 + (3 * random.NextDouble()))).ToArray(), 1.0);
        var boxes = extractor.Extract(micrograph, [new Pick(300, 300, 1), new Pick(40, 300, 1), new Pick(520, 560, 1), new Pick(200, 400, 1)]);

        Assert.Equal(2, boxes.Count);
        foreach (var box in boxes)
        {
            Assert.Equal(64, box.Width);
            var background = Enumerable.Range(0, 64 * 64).Where(i =>
            {
                double dx = (i % 64) + 0.5 - 32, dy = (i / 64) + 0.5 - 32;
                return (dx * dx) + (dy * dy) > extractor.MaskRadiusPixels * extractor.MaskRadiusPixels;
            }).Select(i => (double)box.Pixels[i]).ToArray();
            var mean = background.Average();
            Assert.Equal(0, mean, 4);
            Assert.Equal(1, Math.Sqrt(background.Average(v => (v - mean) * (v - mean))), 4);
        }
    }

    [Fact]
    public void Contrast_is_inverted_so_a_dark_particle_becomes_bright()
    {
        var extractor = new ParticleExtractor(2.0, 20, 32);
        var micrograph = new Image2D(200, 200, 2.0);
        var random = new SeededRandom(2);
        for (var i = 0; i < micrograph.Pixels.Length; i++)
        {
            micrograph.Pixels[i] = (float)random.NextDouble();
        }

        for (var y = -5; y <= 5; y++)
        {
            for (var x = -5; x <= 5; x++)
            {
                micrograph[100 + x, 100 + y] -= 5;
            }
        }

        var box = Assert.Single(extractor.Extract(micrograph, [new Pick(100, 100, 1)]));
        var centre = box[box.Width / 2, box.Height / 2];
        Assert.True(centre > 3, $"centre value {centre:F2} should be strongly positive after inversion");
    }
}
