using System.Numerics.Tensors;
using Platform.Imaging.Images;
using Platform.Processing.Filters;
using Platform.Processing.Fourier;

namespace Platform.Processing.Ctf;

/// <summary>Tile-averaged amplitude spectra (origin at the centre) and their background subtraction, as CTFFIND4 prepares them for fitting.</summary>
public static class AmplitudeSpectrum
{
    /// <summary>Disjoint tiles at or above which tiles stop overlapping (see <see cref="Compute"/>).</summary>
    public const int DisjointTileMinimum = 64;

    /// <summary>
    /// Averages |F|² over tiles of side <paramref name="tileSize"/> (each mean-subtracted and edge-tapered) and returns sqrt of the
    /// mean power, centred: pixel (T/2, T/2) is the origin. Tiles overlap by half (Welch, IEEE Trans. Audio Electroacoust. 15:70,
    /// 1967) when the image holds fewer than <see cref="DisjointTileMinimum"/> disjoint tiles; a larger image (a 4096² micrograph
    /// with 512 px tiles holds 64) averages enough disjoint periodograms, and half overlap would cost 3.5× the transforms.
    /// </summary>
    public static Image2D Compute(Image2D image, int tileSize, int maxThreads)
    {
        ArgumentNullException.ThrowIfNull(image);
        if (tileSize > image.Width || tileSize > image.Height)
        {
            throw new ArgumentException($"Tile {tileSize} is larger than the {image.Width}x{image.Height} image.", nameof(tileSize));
        }

        var step = (image.Width / tileSize) * (image.Height / tileSize) >= DisjointTileMinimum ? tileSize : tileSize / 2;
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
        var spectrumFloats = 2 * halfWidth * tileSize;
        // Per thread: the tile, its spectrum and the running sum of squared spectrum values (re² and im² interleaved, in float:
        // at most a few hundred tiles, so single precision loses nothing that matters before the double-precision merge).
        Parallel.ForEach(origins, new ParallelOptions { MaxDegreeOfParallelism = maxThreads },
            () => (Tile: new float[tileSize * tileSize], Spectrum: new float[spectrumFloats], Squares: new float[spectrumFloats]),
            (origin, _, local) =>
            {
                for (var y = 0; y < tileSize; y++)
                {
                    image.Pixels.AsSpan(((origin.Y + y) * image.Width) + origin.X, tileSize).CopyTo(local.Tile.AsSpan(y * tileSize, tileSize));
                }

                var mean = TensorPrimitives.Sum<float>(local.Tile) / local.Tile.Length;
                for (var y = 0; y < tileSize; y++)
                {
                    var row = local.Tile.AsSpan(y * tileSize, tileSize);
                    TensorPrimitives.Subtract(row, mean, row);
                    TensorPrimitives.Multiply(row, taper, row);
                    TensorPrimitives.Multiply(row, taper[y], row);
                }

                Fft2D.Forward(local.Tile, tileSize, tileSize, local.Spectrum);
                TensorPrimitives.MultiplyAdd(local.Spectrum, local.Spectrum, local.Squares, local.Squares);
                return local;
            },
            local =>
            {
                lock (gate)
                {
                    for (var k = 0; k < total.Length; k++)
                    {
                        total[k] += (double)local.Squares[2 * k] + local.Squares[(2 * k) + 1];
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
