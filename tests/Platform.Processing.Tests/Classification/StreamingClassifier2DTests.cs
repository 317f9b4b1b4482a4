using Platform.Imaging.Images;
using Platform.Processing.Classification;
using Platform.Processing.Simulation;

namespace Platform.Processing.Tests.Classification;

public sealed class StreamingClassifier2DTests
{
    [Fact]
    public void Streamed_particles_of_two_real_maps_separate_into_two_classes_with_at_least_90_percent_purity()
    {
        var random = new SeededRandom(20261121);
        var templates = TwoParticleField.Templates();
        var extractor = new ParticleExtractor(TwoParticleField.PixelAngstrom, TwoParticleField.DiameterPixels / 2 * TwoParticleField.PixelAngstrom, classificationBoxPixels: 48);
        var classifier = new StreamingClassifier2D(extractor.BoxPixels, new Classification2DSettings
        {
            ClassCount = 2, PixelSizeAngstrom = extractor.PixelSizeAngstrom, MaskRadiusPixels = extractor.MaskRadiusPixels + 2, Seed = 7, MaxThreads = 2,
        });

        var particles = new List<Image2D>();
        var truth = new List<int>();
        for (var micrograph = 0; micrograph < 6; micrograph++)
        {
            var (image, picks, labels) = TwoParticleField.Generate(templates, 1100, snr: 0.05, random);
            var boxes = extractor.Extract(image, picks);
            Assert.Equal(picks.Length, boxes.Count);
            classifier.AddBatch(boxes, TestContext.Current.CancellationToken);
            particles.AddRange(boxes);
            truth.AddRange(labels);
        }

        var assigned = classifier.Classify(particles);
        var purity = Purity(assigned, truth, 2);
        var classes = classifier.Classes();
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{particles.Count} particles, box {extractor.BoxPixels} px at {extractor.PixelSizeAngstrom:F2} Å; purity {purity:P1}; noise variance {classifier.NoiseVariance:F3}; "
            + string.Join("; ", classes.Select(c => $"class {c.ClassIndex}: {c.ParticleCount} particles, {c.ResolutionAngstrom:F1} Å")));
        Assert.True(purity >= 0.9, $"purity {purity:P1} is below 90 %");
        Assert.Equal(particles.Count, classes.Sum(c => c.ParticleCount));
        Assert.All(classes, c => Assert.InRange(c.ResolutionAngstrom, 2 * extractor.PixelSizeAngstrom, 60));
    }

    [Fact]
    public void Frc_of_an_image_with_itself_is_one_and_with_independent_noise_falls_below_the_threshold()
    {
        var random = new SeededRandom(3);
        Image2D Noise() => new(64, 64, Enumerable.Range(0, 64 * 64).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray(), 2.0);
        var a = Noise();
        Assert.All(FourierRingCorrelation.Compute(a, a).Skip(1), v => Assert.Equal(1.0, v, 6));
        var frc = FourierRingCorrelation.Compute(a, Noise());
        Assert.Equal(64 * 2.0, FourierRingCorrelation.Resolution(frc, 64, 2.0), 6);
        Assert.Equal(4.0, FourierRingCorrelation.Resolution(FourierRingCorrelation.Compute(a, a), 64, 2.0), 6);
    }

    [Fact]
    public void Particles_of_the_wrong_size_or_with_nan_pixels_are_rejected()
    {
        var classifier = new StreamingClassifier2D(32, new Classification2DSettings { ClassCount = 2, PixelSizeAngstrom = 4, MaskRadiusPixels = 12 });
        Assert.Throws<ArgumentException>(() => classifier.AddBatch([new Image2D(16, 16, 4)], TestContext.Current.CancellationToken));
        var bad = new Image2D(32, 32, 4);
        bad.Pixels[5] = float.NaN;
        Assert.Throws<ArgumentException>(() => classifier.AddBatch([bad], TestContext.Current.CancellationToken));
        Assert.Throws<InvalidOperationException>(() => classifier.Classify([new Image2D(32, 32, 4)]));
        Assert.Equal(0, classifier.ParticleCount);
    }

    private static double Purity(IReadOnlyList<int> assigned, IReadOnlyList<int> truth, int classes)
    {
        var correct = 0;
        for (var k = 0; k < classes; k++)
        {
            var members = Enumerable.Range(0, assigned.Count).Where(i => assigned[i] == k).ToArray();
            correct += members.Length == 0 ? 0 : members.GroupBy(i => truth[i]).Max(g => g.Count());
        }

        return (double)correct / assigned.Count;
    }
}
