namespace Platform.Processing.Filters;

/// <summary>Mean over a square box (edges clamped to the image) in O(1) per pixel with a summed-area table.</summary>
internal static class BoxFilter
{
    public static float[] Apply(float[] image, int width, int height, int box)
    {
        var half = box / 2;
        var table = new double[(width + 1) * (height + 1)];
        for (var y = 0; y < height; y++)
        {
            double row = 0;
            for (var x = 0; x < width; x++)
            {
                row += image[(y * width) + x];
                table[((y + 1) * (width + 1)) + x + 1] = table[(y * (width + 1)) + x + 1] + row;
            }
        }

        var result = new float[image.Length];
        for (var y = 0; y < height; y++)
        {
            int y0 = Math.Max(0, y - half), y1 = Math.Min(height, y + half + 1);
            for (var x = 0; x < width; x++)
            {
                int x0 = Math.Max(0, x - half), x1 = Math.Min(width, x + half + 1);
                var sum = table[(y1 * (width + 1)) + x1] - table[(y0 * (width + 1)) + x1] - table[(y1 * (width + 1)) + x0] + table[(y0 * (width + 1)) + x0];
                result[(y * width) + x] = (float)(sum / ((x1 - x0) * (y1 - y0)));
            }
        }

        return result;
    }
}
