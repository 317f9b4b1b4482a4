using Platform.Imaging.Images;

namespace Platform.Targeting.Filtering;

/// <summary>Summed-area table (Crow, SIGGRAPH 1984): the mean of any axis-aligned box in O(1).</summary>
public sealed class IntegralImage
{
    private readonly double[] _sums;

    public IntegralImage(Image2D image)
    {
        ArgumentNullException.ThrowIfNull(image);
        Width = image.Width;
        Height = image.Height;
        _sums = new double[(Width + 1) * (Height + 1)];
        for (var y = 0; y < Height; y++)
        {
            var row = 0.0;
            for (var x = 0; x < Width; x++)
            {
                row += image[x, y];
                _sums[((y + 1) * (Width + 1)) + x + 1] = _sums[(y * (Width + 1)) + x + 1] + row;
            }
        }
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>Mean over the box centred on (cx, cy) with half-size h (clipped to the image); NaN when nothing is left.</summary>
    public double BoxMean(double cx, double cy, double h)
    {
        var x0 = Math.Max(0, (int)Math.Round(cx - h));
        var y0 = Math.Max(0, (int)Math.Round(cy - h));
        var x1 = Math.Min(Width - 1, (int)Math.Round(cx + h));
        var y1 = Math.Min(Height - 1, (int)Math.Round(cy + h));
        if (x1 < x0 || y1 < y0)
        {
            return double.NaN;
        }

        var w = Width + 1;
        var sum = _sums[((y1 + 1) * w) + x1 + 1] - _sums[(y0 * w) + x1 + 1] - _sums[((y1 + 1) * w) + x0] + _sums[(y0 * w) + x0];
        return sum / ((x1 - x0 + 1) * (y1 - y0 + 1));
    }
}
