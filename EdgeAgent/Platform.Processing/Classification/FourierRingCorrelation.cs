using Platform.Imaging.Images;
using Platform.Processing.Fourier;

namespace Platform.Processing.Classification;

/// <summary>
/// Fourier ring correlation between two images (Saxton &amp; Baumeister 1982, J Microsc 127:127) and the resolution where it
/// drops below a threshold; 0.143 for half-set averages (Rosenthal &amp; Henderson 2003, JMB 333:721).
/// </summary>
public static class FourierRingCorrelation
{
    public const double HalfSetThreshold = 0.143;

    /// <summary>FRC(r) = Σ Re(F1·F2*) / sqrt(Σ|F1|² Σ|F2|²) over rings of radius r = 0..N/2 Fourier pixels (square images).</summary>
    public static double[] Compute(Image2D first, Image2D second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        if (first.Width != second.Width || first.Height != second.Height || first.Width != first.Height)
        {
            throw new ArgumentException("FRC needs two square images of the same size.");
        }

        var n = first.Width;
        var a = Fft2D.Forward(first);
        var b = Fft2D.Forward(second);
        var rings = (n / 2) + 1;
        var cross = new double[rings];
        var powerA = new double[rings];
        var powerB = new double[rings];
        for (var row = 0; row < n; row++)
        {
            var ky = a.SignedRowFrequency(row);
            for (var kx = 0; kx < a.HalfWidth; kx++)
            {
                var r = (int)Math.Round(Math.Sqrt((kx * kx) + (ky * ky)));
                if (r >= rings)
                {
                    continue;
                }

                var i = 2 * ((row * a.HalfWidth) + kx);
                double ar = a.Data[i], ai = a.Data[i + 1], br = b.Data[i], bi = b.Data[i + 1];
                cross[r] += (ar * br) + (ai * bi);
                powerA[r] += (ar * ar) + (ai * ai);
                powerB[r] += (br * br) + (bi * bi);
            }
        }

        var frc = new double[rings];
        for (var r = 0; r < rings; r++)
        {
            var denominator = Math.Sqrt(powerA[r] * powerB[r]);
            frc[r] = denominator > 0 ? cross[r] / denominator : 0;
        }

        return frc;
    }

    /// <summary>Resolution in Å at the last ring before the FRC first falls below <paramref name="threshold"/> (ring 1 onwards); Nyquist if it never does.</summary>
    public static double Resolution(IReadOnlyList<double> frc, int boxPixels, double pixelSizeAngstrom, double threshold = HalfSetThreshold)
    {
        ArgumentNullException.ThrowIfNull(frc);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(boxPixels);
        var last = 0;
        for (var r = 1; r < frc.Count; r++)
        {
            if (frc[r] < threshold)
            {
                break;
            }

            last = r;
        }

        return last == 0 ? boxPixels * pixelSizeAngstrom : boxPixels * pixelSizeAngstrom / last;
    }
}
