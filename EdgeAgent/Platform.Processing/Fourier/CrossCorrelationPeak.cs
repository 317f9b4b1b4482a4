using System.Runtime.CompilerServices;
namespace Platform.Processing.Fourier;

/// <summary>
/// Finds the translation that best aligns two images from their cross-power half spectrum: the integer peak of
/// the inverse transform, then a sub-pixel search by evaluating the correlation's Fourier series directly on a fine
/// local grid (the matrix-multiply DFT idea of Guizar-Sicairos et al. 2008, Opt. Lett. 33:156) and a final parabola fit.
/// </summary>
internal static class CrossCorrelationPeak
{
    private const int GridHalf = 6;
    private const double GridStep = 0.2;

    /// <summary>
    /// Position (x, y) in pixels, wrapped to [-W/2, W/2), of the maximum of the correlation whose half spectrum is <paramref name="product"/>;
    /// <paramref name="map"/> (width × height values) is scratch for the correlation map, so a caller looping over frames allocates it once.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // a hot SIMD kernel: compiled optimised at once, not after tier-0 runs of the first movie
    public static (double X, double Y, double Peak) Find(float[] product, int width, int height, double maxShiftPixels, float[] map)
    {
        Fft2D.Inverse(product, width, height, map);
        var best = float.NegativeInfinity;
        int bx = 0, by = 0;
        var limit = Math.Min(maxShiftPixels, (Math.Min(width, height) / 2) - 1);
        for (var y = 0; y < height; y++)
        {
            var sy = y <= height / 2 ? y : y - height;
            if (Math.Abs(sy) > limit)
            {
                continue;
            }

            for (var x = 0; x < width; x++)
            {
                var sx = x <= width / 2 ? x : x - width;
                if (Math.Abs(sx) > limit || map[(y * width) + x] <= best)
                {
                    continue;
                }

                best = map[(y * width) + x];
                bx = sx;
                by = sy;
            }
        }

        // A parabola through the integer peak's neighbours gets within ~0.2 px; one fine DFT grid (±0.6 px, 0.1 px steps) finishes.
        int Wrap(int v, int n) => ((v % n) + n) % n;
        double At(int x, int y) => map[(Wrap(y, height) * width) + Wrap(x, width)];
        var dx = ParabolaVertex(At(bx - 1, by), At(bx, by), At(bx + 1, by));
        var dy = ParabolaVertex(At(bx, by - 1), At(bx, by), At(bx, by + 1));
        return RefineLocally(product, width, height, bx + dx, by + dy, 0.5);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // a hot SIMD kernel: compiled optimised at once, not after tier-0 runs of the first movie
    private static (double X, double Y, double Peak) RefineLocally(float[] product, int width, int height, double cx, double cy, double span)
    {
        var n = (2 * GridHalf) + 1;
        var step = span * GridStep;
        var halfWidth = (width / 2) + 1;
        var xs = new double[n];
        var ys = new double[n];
        for (var i = 0; i < n; i++)
        {
            xs[i] = cx + ((i - GridHalf) * step);
            ys[i] = cy + ((i - GridHalf) * step);
        }

        // Stage 1: for every spectrum row and grid x, sum over kx with Hermitian weights (1 at kx=0 and at Nyquist, else 2).
        var rowRe = new double[height * n];
        var rowIm = new double[height * n];
        var cosX = new double[n * halfWidth];
        var sinX = new double[n * halfWidth];
        for (var i = 0; i < n; i++)
        {
            for (var kx = 0; kx < halfWidth; kx++)
            {
                var w = kx == 0 || (width % 2 == 0 && kx == width / 2) ? 1.0 : 2.0;
                var phase = 2 * Math.PI * kx * xs[i] / width;
                cosX[(i * halfWidth) + kx] = w * Math.Cos(phase);
                sinX[(i * halfWidth) + kx] = w * Math.Sin(phase);
            }
        }

        for (var row = 0; row < height; row++)
        {
            var offset = 2 * row * halfWidth;
            for (var i = 0; i < n; i++)
            {
                double re = 0, im = 0;
                for (var kx = 0; kx < halfWidth; kx++)
                {
                    var pr = product[offset + (2 * kx)];
                    var pi = product[offset + (2 * kx) + 1];
                    var c = cosX[(i * halfWidth) + kx];
                    var s = sinX[(i * halfWidth) + kx];
                    re += (pr * c) - (pi * s);
                    im += (pr * s) + (pi * c);
                }

                rowRe[(row * n) + i] = re;
                rowIm[(row * n) + i] = im;
            }
        }

        // Stage 2: sum over rows for every grid y; keep the real part.
        var values = new double[n * n];
        for (var j = 0; j < n; j++)
        {
            for (var row = 0; row < height; row++)
            {
                var ky = row <= height / 2 ? row : row - height;
                var phase = 2 * Math.PI * ky * ys[j] / height;
                var c = Math.Cos(phase);
                var s = Math.Sin(phase);
                for (var i = 0; i < n; i++)
                {
                    values[(j * n) + i] += (rowRe[(row * n) + i] * c) - (rowIm[(row * n) + i] * s);
                }
            }
        }

        var bestIndex = 0;
        for (var k = 1; k < values.Length; k++)
        {
            if (values[k] > values[bestIndex])
            {
                bestIndex = k;
            }
        }

        int bi = bestIndex % n, bj = bestIndex / n;
        var dx = ParabolaOffset(values, n, bi, bj, 1, 0);
        var dy = ParabolaOffset(values, n, bi, bj, 0, 1);
        return (xs[bi] + (dx * step), ys[bj] + (dy * step), values[bestIndex]);
    }

    private static double ParabolaVertex(double minus, double centre, double plus)
    {
        var denominator = minus - (2 * centre) + plus;
        return denominator < 0 ? Math.Clamp(0.5 * (minus - plus) / denominator, -0.5, 0.5) : 0;
    }

    private static double ParabolaOffset(double[] v, int n, int i, int j, int di, int dj)
    {
        if (i - di < 0 || i + di >= n || j - dj < 0 || j + dj >= n)
        {
            return 0;
        }

        var minus = v[((j - dj) * n) + i - di];
        var centre = v[(j * n) + i];
        var plus = v[((j + dj) * n) + i + di];
        var denominator = minus - (2 * centre) + plus;
        return denominator < 0 ? Math.Clamp(0.5 * (minus - plus) / denominator, -0.5, 0.5) : 0;
    }
}
