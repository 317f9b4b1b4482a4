namespace Platform.MicroscopeSimulator.Fourier;

/// <summary>In-place radix-2 complex FFT for power-of-two square images (Cooley–Tukey, iterative, bit-reversal order).</summary>
public static class Fft2D
{
    public static bool IsPowerOfTwo(int n) => n > 0 && (n & (n - 1)) == 0;

    /// <summary>Forward (e^{−2πi kx/N}) or inverse (normalised by 1/N²) 2D transform of an N×N image stored row-major.</summary>
    public static void Transform(double[] re, double[] im, int n, bool inverse)
    {
        if (!IsPowerOfTwo(n) || re.Length != n * n || im.Length != n * n)
        {
            throw new ArgumentException($"FFT needs an N×N power-of-two image; got N={n}, {re.Length} values.");
        }

        var rowRe = new double[n];
        var rowIm = new double[n];
        for (var y = 0; y < n; y++)
        {
            Array.Copy(re, y * n, rowRe, 0, n);
            Array.Copy(im, y * n, rowIm, 0, n);
            Transform1D(rowRe, rowIm, inverse);
            Array.Copy(rowRe, 0, re, y * n, n);
            Array.Copy(rowIm, 0, im, y * n, n);
        }

        for (var x = 0; x < n; x++)
        {
            for (var y = 0; y < n; y++)
            {
                rowRe[y] = re[(y * n) + x];
                rowIm[y] = im[(y * n) + x];
            }

            Transform1D(rowRe, rowIm, inverse);
            for (var y = 0; y < n; y++)
            {
                re[(y * n) + x] = rowRe[y];
                im[(y * n) + x] = rowIm[y];
            }
        }

        if (inverse)
        {
            var scale = 1.0 / ((double)n * n);
            for (var i = 0; i < re.Length; i++)
            {
                re[i] *= scale;
                im[i] *= scale;
            }
        }
    }

    /// <summary>Signed frequency index of FFT bin i (0..N/2−1, then −N/2..−1).</summary>
    public static int Frequency(int i, int n) => i < n / 2 ? i : i - n;

    private static void Transform1D(double[] re, double[] im, bool inverse)
    {
        var n = re.Length;
        for (int i = 1, j = 0; i < n; i++)
        {
            var bit = n >> 1;
            for (; (j & bit) != 0; bit >>= 1)
            {
                j ^= bit;
            }

            j ^= bit;
            if (i < j)
            {
                (re[i], re[j]) = (re[j], re[i]);
                (im[i], im[j]) = (im[j], im[i]);
            }
        }

        for (var length = 2; length <= n; length <<= 1)
        {
            var angle = (inverse ? 2 : -2) * Math.PI / length;
            var wRe = Math.Cos(angle);
            var wIm = Math.Sin(angle);
            for (var start = 0; start < n; start += length)
            {
                double cRe = 1, cIm = 0;
                for (var k = 0; k < length / 2; k++)
                {
                    var a = start + k;
                    var b = a + (length / 2);
                    var tRe = (re[b] * cRe) - (im[b] * cIm);
                    var tIm = (re[b] * cIm) + (im[b] * cRe);
                    re[b] = re[a] - tRe;
                    im[b] = im[a] - tIm;
                    re[a] += tRe;
                    im[a] += tIm;
                    var nextRe = (cRe * wRe) - (cIm * wIm);
                    cIm = (cRe * wIm) + (cIm * wRe);
                    cRe = nextRe;
                }
            }
        }
    }
}
