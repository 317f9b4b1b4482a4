using Platform.Imaging.Images;
using Platform.Processing.Filters;

namespace Platform.Processing.Picking;

/// <summary>Prepares a picking template: rescaled to working pixels, optionally rotationally averaged, zero-mean and unit-norm inside a circular mask, embedded at the origin.</summary>
internal static class TemplateGeometry
{
    public static Image2D Prepare(Image2D template, double scale, double radius, bool rotationallyAverage, bool particlesAreDark)
    {
        var rescaled = ImageResampler.Scale(template, scale);
        if (particlesAreDark)
        {
            System.Numerics.Tensors.TensorPrimitives.Negate(rescaled.Pixels, rescaled.Pixels);
        }

        return rotationallyAverage ? RotationalAverage(rescaled) : rescaled;
    }

    public static (float[] Kernel, float[] Mask, int Count) Embed(Image2D template, int width, int height, double radius)
    {
        var kernel = new float[width * height];
        var mask = new float[width * height];
        // Integer centre (W/2, H/2) so every template pixel lands on its own kernel pixel.
        int cx = template.Width / 2, cy = template.Height / 2;
        var inside = new List<(int X, int Y, float V)>();
        for (var y = 0; y < template.Height; y++)
        {
            for (var x = 0; x < template.Width; x++)
            {
                int dx = x - cx, dy = y - cy;
                if ((dx * dx) + (dy * dy) <= radius * radius)
                {
                    inside.Add((dx, dy, template[x, y]));
                }
            }
        }

        if (inside.Count < 4)
        {
            throw new ArgumentException("The template has fewer than 4 pixels inside the particle radius.");
        }

        var mean = inside.Average(p => p.V);
        var norm = Math.Sqrt(inside.Sum(p => (p.V - mean) * (p.V - mean)));
        if (norm <= 0)
        {
            throw new ArgumentException("The template is flat inside the particle radius.");
        }

        foreach (var (x, y, v) in inside)
        {
            var index = ((((y % height) + height) % height) * width) + (((x % width) + width) % width);
            kernel[index] = (float)((v - mean) / norm);
            mask[index] = 1f;
        }

        return (kernel, mask, inside.Count);
    }

    private static Image2D RotationalAverage(Image2D image)
    {
        double cx = (image.Width - 1) / 2.0, cy = (image.Height - 1) / 2.0;
        var bins = (int)Math.Ceiling(Math.Sqrt((cx * cx) + (cy * cy))) + 2;
        var sums = new double[bins];
        var counts = new int[bins];
        for (var y = 0; y < image.Height; y++)
        {
            for (var x = 0; x < image.Width; x++)
            {
                var b = (int)Math.Round(Math.Sqrt(((x - cx) * (x - cx)) + ((y - cy) * (y - cy))));
                sums[b] += image[x, y];
                counts[b]++;
            }
        }

        var result = new Image2D(image.Width, image.Height, image.PixelSizeAngstrom);
        for (var y = 0; y < image.Height; y++)
        {
            for (var x = 0; x < image.Width; x++)
            {
                var b = (int)Math.Round(Math.Sqrt(((x - cx) * (x - cx)) + ((y - cy) * (y - cy))));
                result[x, y] = (float)(sums[b] / Math.Max(1, counts[b]));
            }
        }

        return result;
    }
}
