using Platform.Imaging.Images;
using Platform.Processing.Classification;
using Platform.Processing.Simulation;

namespace Platform.Processing.Tests.Classification;

public sealed class ClassifierStateTests
{
    private static readonly Classification2DSettings _settings = new() { ClassCount = 3, PixelSizeAngstrom = 4, MaskRadiusPixels = 10, MaxThreads = 1, Seed = 5 };

    [Fact]
    public void A_restored_classifier_continues_exactly_as_the_saved_one_would_have()
    {
        var random = new SeededRandom(11);
        var original = new StreamingClassifier2D(32, _settings);
        original.AddBatch(Batch(random, 40), TestContext.Current.CancellationToken);
        using var saved = new MemoryStream();
        original.Save(saved);
        saved.Position = 0;
        var restored = StreamingClassifier2D.Load(saved, 32, _settings);

        var next = Batch(random, 40);
        Assert.Equal(original.AddBatch(next, TestContext.Current.CancellationToken), restored.AddBatch(next, TestContext.Current.CancellationToken));
        Assert.Equal(original.ParticleCount, restored.ParticleCount);
        Assert.Equal(original.NoiseVariance, restored.NoiseVariance);
        var (a, b) = (original.Classes(), restored.Classes());
        Assert.Equal(a.Select(c => (c.ParticleCount, c.ResolutionAngstrom)), b.Select(c => (c.ParticleCount, c.ResolutionAngstrom)));
        Assert.Equal(a[0].Average.Pixels, b[0].Average.Pixels);
    }

    [Fact]
    public void Truncated_altered_or_mismatched_state_is_refused_with_a_typed_error()
    {
        var classifier = new StreamingClassifier2D(32, _settings);
        classifier.AddBatch(Batch(new SeededRandom(2), 10), TestContext.Current.CancellationToken);
        using var saved = new MemoryStream();
        classifier.Save(saved);
        var bytes = saved.ToArray();

        Assert.Throws<ClassifierStateException>(() => StreamingClassifier2D.Load(new MemoryStream(bytes[..^40]), 32, _settings));
        var altered = (byte[])bytes.Clone();
        altered[100] ^= 0xFF;
        Assert.Throws<ClassifierStateException>(() => StreamingClassifier2D.Load(new MemoryStream(altered), 32, _settings));
        Assert.Throws<ClassifierStateException>(() => StreamingClassifier2D.Load(new MemoryStream(bytes), 32, _settings with { ClassCount = 4 }));
        Assert.Throws<ClassifierStateException>(() => StreamingClassifier2D.Load(new MemoryStream([]), 32, _settings));
    }

    private static List<Image2D> Batch(Random random, int count) =>
        [.. Enumerable.Range(0, count).Select(_ => new Image2D(32, 32, [.. Enumerable.Range(0, 32 * 32).Select(_ => (float)(random.NextDouble() - 0.5))], 4))];
}
