using Platform.Imaging.Gain;
using Platform.Imaging.Images;
using Platform.Imaging.Mrc;

namespace Platform.Processing.Tests.Gain;

public sealed class GainReferenceTests
{
    [Fact]
    public void Gain_multiplies_frames_and_defective_pixels_take_the_median_gain()
    {
        var gain = new Image2D(4, 2, [1f, 2f, 0f, float.NaN, 2f, -1f, float.PositiveInfinity, 2f], 1);
        var reference = GainReference.FromImage(gain);
        Assert.Equal(4, reference.DefectCount);
        var movie = new ImageStack(4, 2, [Enumerable.Repeat(3f, 8).ToArray(), Enumerable.Repeat(1f, 8).ToArray()], 1);
        reference.ApplyInPlace(movie);
        Assert.Equal([3f, 6f, 6f, 6f, 6f, 6f, 6f, 6f], movie.SectionPixels(0));
        Assert.All(movie.SectionPixels(1), v => Assert.True(float.IsFinite(v) && v > 0));
    }

    [Fact]
    public void Mismatched_or_empty_gain_references_are_rejected()
    {
        var reference = GainReference.FromImage(new Image2D(4, 4, Enumerable.Repeat(1f, 16).ToArray(), 1));
        Assert.Throws<ArgumentException>(() => reference.ApplyInPlace(new ImageStack(4, 5, [new float[20]], 1)));
        Assert.Throws<CorruptImageFileException>(() => GainReference.FromImage(new Image2D(2, 2, [0f, float.NaN, -3f, 0f], 1)));
    }

    [Fact]
    public void Gain_reference_loads_from_an_mrc_file()
    {
        var path = Path.Combine(Path.GetTempPath(), $"gain-{Guid.NewGuid():N}.mrc");
        try
        {
            MrcWriter.Write(path, new Image2D(3, 1, [0.5f, 1.5f, 0f], 1));
            var reference = GainReference.Load(path);
            Assert.Equal([0.5f, 1.5f, 1.5f], reference.Gain.Pixels);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
