using Platform.Imaging.Images;

namespace Platform.Processing.Ctf;

/// <summary>
/// CTFFIND4's fit-resolution criterion (Rohou &amp; Grigorieff 2015, §2.4): the spectrum is averaged along curves of
/// equal CTF phase (which undoes astigmatism), correlated with the model in a window two Thon-ring periods wide, and
/// the fit resolution is where that correlation first falls below 0.75 after the first ring that reaches it.
/// </summary>
internal static class FitResolution
{
    private const double Threshold = 0.75;

    public static double Compute(Image2D spectrum, double pixelAngstrom, double lowResolutionAngstrom, CtfModel model)
    {
        var n = spectrum.Width;
        var c = n / 2;
        var binsPerPixel = 2;
        var bins = binsPerPixel * c;
        var sums = new double[bins];
        var counts = new int[bins];
        var lambda = model.Optics.WavelengthAngstrom;
        var csTerm = 0.5 * Math.PI * model.Optics.SphericalAberrationMillimeters * 1e7 * Math.Pow(lambda, 3);
        var meanDefocus = model.Defocus.MeanDefocusAngstrom;
        for (var y = 0; y < n; y++)
        {
            for (var x = c; x < n; x++)
            {
                double gx = (x - c) / (n * pixelAngstrom), gy = (y - c) / (n * pixelAngstrom);
                var g2 = (gx * gx) + (gy * gy);
                if (g2 == 0)
                {
                    continue;
                }

                // Equivalent frequency at the mean defocus with the same χ: solve π λ Δf u − csTerm u² = target for u = g_eq².
                var target = (Math.PI * lambda * g2 * model.DefocusAt(Math.Atan2(gy, gx))) - (csTerm * g2 * g2);
                var a = Math.PI * lambda * meanDefocus;
                var discriminant = (a * a) - (4 * csTerm * target);
                if (discriminant < 0)
                {
                    continue;
                }

                var u = csTerm > 0 ? (a - Math.Sqrt(discriminant)) / (2 * csTerm) : target / a;
                var bin = (int)Math.Round(Math.Sqrt(Math.Max(0, u)) * n * pixelAngstrom * binsPerPixel);
                if (bin < bins)
                {
                    sums[bin] += spectrum[x, y];
                    counts[bin]++;
                }
            }
        }

        var profile = new double[bins];
        var modelProfile = new double[bins];
        for (var b = 0; b < bins; b++)
        {
            profile[b] = counts[b] > 0 ? sums[b] / counts[b] : 0;
            var g = b / (binsPerPixel * n * pixelAngstrom);
            modelProfile[b] = -Math.Cos(2 * model.ChiAt(g * g, meanDefocus));
        }

        var start = (int)Math.Ceiling(binsPerPixel * n * pixelAngstrom / lowResolutionAngstrom);
        // Scan outward from the first ring that matches (low-frequency rings are damped by the background filter)
        // and stop at the first window whose correlation falls below the threshold.
        var lastGood = -1;
        for (var b = start; b < bins; b++)
        {
            var g = Math.Max(b, 1) / (binsPerPixel * n * pixelAngstrom);
            var ringWidthBins = 1 / (2 * lambda * meanDefocus * g) * binsPerPixel * n * pixelAngstrom;
            var half = (int)Math.Clamp(Math.Round(ringWidthBins), 2, bins / 4);
            var cc = b + half >= bins ? 0 : Correlation(profile, modelProfile, b - half, b + half);
            if (cc >= Threshold)
            {
                lastGood = b;
            }
            else if (lastGood > 0)
            {
                break;
            }
        }

        return lastGood <= 0 ? lowResolutionAngstrom : binsPerPixel * n * pixelAngstrom / lastGood;
    }

    private static double Correlation(double[] a, double[] b, int from, int to)
    {
        from = Math.Max(0, from);
        var count = to - from + 1;
        double ma = 0, mb = 0;
        for (var i = from; i <= to; i++)
        {
            ma += a[i];
            mb += b[i];
        }

        ma /= count;
        mb /= count;
        double sab = 0, saa = 0, sbb = 0;
        for (var i = from; i <= to; i++)
        {
            sab += (a[i] - ma) * (b[i] - mb);
            saa += (a[i] - ma) * (a[i] - ma);
            sbb += (b[i] - mb) * (b[i] - mb);
        }

        return saa > 0 && sbb > 0 ? sab / Math.Sqrt(saa * sbb) : 0;
    }
}
