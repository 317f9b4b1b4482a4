using Platform.Imaging.Images;
using Platform.Targeting.Filtering;

namespace Platform.Targeting.Tests;

public sealed class FilteringTests
{
    [Fact]
    public void Box_means_from_the_integral_image_equal_direct_sums()
    {
        var image = new Image2D(5, 4, Enumerable.Range(0, 20).Select(i => (float)i).ToArray(), 1);
        var integral = new IntegralImage(image);

        Assert.Equal((6 + 7 + 8 + 11 + 12 + 13 + 16 + 17 + 18) / 9.0, integral.BoxMean(2, 2, 1), 12);
        Assert.Equal((0 + 1 + 5 + 6) / 4.0, integral.BoxMean(0, 0, 1), 12);
        Assert.True(double.IsNaN(integral.BoxMean(-10, -10, 1)));
    }

    [Fact]
    public void Connected_components_are_4_connected()
    {
        bool[] mask =
        [
            true, true, false, false,
            false, true, false, true,
            false, false, true, true,
        ];

        var components = ConnectedComponents.Label(mask, 4, 3);

        Assert.Equal([3, 3], components.Select(c => c.Count).Order());
    }

    [Fact]
    public void Shot_noise_gain_of_a_Poisson_like_image_is_recovered()
    {
        var random = new Random(3);
        var pixels = Enumerable.Range(0, 256 * 256).Select(_ =>
        {
            var normal = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
            return (float)(4 * (500 + (normal * Math.Sqrt(500)))); // gain 4: counts scaled by 4
        }).ToArray();

        Assert.Equal(4, ShotNoise.EstimateGain(new Image2D(256, 256, pixels, 1)), 0.3);
    }
}
