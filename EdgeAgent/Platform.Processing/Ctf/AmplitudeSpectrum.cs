using Platform.Imaging.Images;
using Platform.Processing.Filters;
using Platform.Processing.Fourier;

namespace Platform.Processing.Ctf;

/// <summary>Tile-averaged amplitude spectra (origin at the centre) and their background subtraction, as CTFFIND4 prepares them for fitting.</summary>
public static class AmplitudeSpectrum
{
    /// <summary>
    /// Averages |F|² over half-overlapping tiles of side <paramref name="tileSize"/> (each mean-subtracted and edge-tapered)
    /// and returns sqrt of the mean power, centred: pixel (T/2, T/2) is the origin.
    /// </summary>
    public static Image2D Compute(Image2D image, int tileSize, int maxThreads)
    {
        ArgumentNullException.ThrowIfNull(image);
        if (tileSize > image.Width || tileSize > image.Height)
        {
            throw new ArgumentException($"Tile {tileSize} is larger than the {image.Width}x{image.Height} image.", nameof(tileSize));
        }

        var step = tileSize / 2;
        var origins = new List<(int X, int Y)>();
        for (var y = 0; y + tileSize <= image.Height; y += step)
        {
            for (var x = 0; x + tileSize <= image.Width; x += step)
            {
                origins.Add((x, y));
            }
        }

        var taper = EdgeTaper(tileSize);
        var halfWidth = (tileSize / 2) + 1;
        var total = new double[halfWidth * tileSize];
        var gate = new Lock();
        Parallel.ForEach(origins, new ParallelOptions { MaxDegreeOfParallelism = maxThreads }, () => new double[total.Length], (origin, _, local) =>
        {
            var tile = new float[tileSize * tileSize];
            double mean = 0;
            for (var y = 0; y < tileSize; y++)
            {
                image.Pixels.AsSpan(((origin.Y + y) * image.Width) + origin.X, tileSize).CopyTo(tile.AsSpan(y * tileSize, tileSize));
            }

            foreach (var v in tile)
            {
                mean += v;
            }

            mean /= tile.Length;
            for (var y = 0; y < tileSize; y++)
            {
                for (var x = 0; x < tileSize; x++)
                {
                    tile[(y * tileSize) + x] = (float)((tile[(y * tileSize) + x] - mean) * taper[x] * taper[y]);
                }
            }

            var spectrum = Fft2D.Forward(tile, tileSize, tileSize);
            for (var k = 0; k < local.Length; k++)
            {
                double re = spectrum.Data[2 * k], im = spectrum.Data[(2 * k) + 1];
                local[k] += (re * re) + (im * im);
            }

            return local;
        }, local =>
        {
            lock (gate)
            {
                for (var k = 0; k < total.Length; k++)
                {
                    total[k] += local[k];
                }
            }
        });

        var centred = new Image2D(tileSize, tileSize, image.PixelSizeAngstrom);
        var c = tileSize / 2;
        for (var y = 0; y < tileSize; y++)
        {
            var ky = y - c;
            for (var x = 0; x < tileSize; x++)
            {
                var kx = x - c;
                // Hermitian symmetry: |F(-k)| = |F(k)|, so the left half mirrors the stored right half.
                var (hx, hy) = kx >= 0 ? (kx, ky) : (-kx, -ky);
                var row = ((hy % tileSize) + tileSize) % tileSize;
                centred[x, y] = (float)Math.Sqrt(total[(row * halfWidth) + Math.Min(hx, halfWidth - 1)] / origins.Count);
            }
        }

        return centred;
    }

    /// <summary>
    /// Subtracts a box-averaged background and divides by the box-averaged local RMS, leaving Thon-ring oscillations
    /// of roughly unit amplitude; the central <paramref name="maskRadius"/> pixels (DC peak) are flattened first.
    /// </summary>
    public static Image2D SubtractBackground(Image2D centred, int box, int maskRadius)
    {
        ArgumentNullException.ThrowIfNull(centred);
        var n = centred.Width;
        var c = n / 2;
        var work = (float[])centred.Pixels.Clone();
        var ringValue = centred[c + maskRadius + 1, c];
        for (var y = c - maskRadius; y <= c + maskRadius; y++)
        {
            for (var x = c - maskRadius; x <= c + maskRadius; x++)
            {
                if (((x - c) * (x - c)) + ((y - c) * (y - c)) <= maskRadius * maskRadius)
                {
                    work[(y * n) + x] = ringValue;
                }
            }
        }

        var background = BoxFilter.Apply(work, n, n, box);
        for (var i = 0; i < work.Length; i++)
        {
            work[i] -= background[i];
        }

        var squares = work.Select(v => v * v).ToArray();
        var localPower = BoxFilter.Apply(squares, n, n, box);
        var result = new Image2D(n, n, centred.PixelSizeAngstrom);
        for (var i = 0; i < work.Length; i++)
        {
            result.Pixels[i] = localPower[i] > 0 ? work[i] / MathF.Sqrt(localPower[i]) : 0;
        }

        return result;
    }

    private static float[] EdgeTaper(int n)
    {
        // Cosine roll-off over the outer 1/16 of each edge keeps tile borders from painting a cross on the spectrum.
        var taper = new float[n];
        var edge = Math.Max(1, n / 16);
        for (var i = 0; i < n; i++)
        {
            var d = Math.Min(i, n - 1 - i);
            taper[i] = d >= edge ? 1f : (float)(0.5 - (0.5 * Math.Cos(Math.PI * d / edge)));
        }

        return taper;
    }
}
