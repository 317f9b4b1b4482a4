using Platform.Processing.Fourier;

namespace Platform.Processing.Tests.Fourier;

public sealed class Fft2DTests
{
    [Theory]
    [InlineData(64, 64)]
    [InlineData(48, 30)]
    [InlineData(33, 17)]
    public void Inverse_of_forward_returns_the_input(int width, int height)
    {
        var rng = new Random(width * height);
        var x = new float[width * height];
        for (var i = 0; i < x.Length; i++)
        {
            x[i] = (float)rng.NextDouble() - 0.5f;
        }

        var spectrum = Fft2D.Forward(x, width, height);
        var back = new float[x.Length];
        Fft2D.Inverse(spectrum.Data, width, height, back);
        for (var i = 0; i < x.Length; i++)
        {
            Assert.Equal(x[i], back[i], 1e-5f);
        }
    }

    [Fact]
    public void A_cosine_transforms_to_a_single_peak_at_its_frequency()
    {
        const int w = 64, h = 32, kx = 5, ky = 3;
        var x = new float[w * h];
        for (var y = 0; y < h; y++)
        {
            for (var i = 0; i < w; i++)
            {
                x[(y * w) + i] = MathF.Cos(2 * MathF.PI * ((kx * i / (float)w) + (ky * y / (float)h)));
            }
        }

        var s = Fft2D.Forward(x, w, h);
        for (var row = 0; row < h; row++)
        {
            for (var col = 0; col < s.HalfWidth; col++)
            {
                var re = s.Data[2 * ((row * s.HalfWidth) + col)];
                var im = s.Data[(2 * ((row * s.HalfWidth) + col)) + 1];
                var magnitude = MathF.Sqrt((re * re) + (im * im));
                var expected = col == kx && row == ky ? w * h / 2f : 0f;
                Assert.Equal(expected, magnitude, 1e-2f);
            }
        }
    }

    [Fact]
    public void Concurrent_transforms_of_different_sizes_agree_with_serial_ones()
    {
        var sizes = new[] { 32, 40, 64, 50 };
        var inputs = sizes.Select(n => Enumerable.Range(0, n * n).Select(i => MathF.Sin(i * 0.01f * n)).ToArray()).ToArray();
        var serial = sizes.Select((n, k) => Fft2D.Forward(inputs[k], n, n).Data).ToArray();
        var parallel = new float[64][];
        Parallel.For(0, 64, i =>
        {
            var k = i % sizes.Length;
            parallel[i] = Fft2D.Forward(inputs[k], sizes[k], sizes[k]).Data;
        });
        for (var i = 0; i < 64; i++)
        {
            Assert.Equal(serial[i % sizes.Length], parallel[i]);
        }
    }

    [Fact]
    public void Wrong_buffer_sizes_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => Fft2D.Forward(new float[10], 4, 4));
        Assert.Throws<ArgumentException>(() => Fft2D.Inverse(new float[10], 4, 4, new float[16]));
    }
}
