using Platform.Imaging.Images;
using Platform.Processing.Optimization;

namespace Platform.Processing.Ctf;

/// <summary>
/// Estimates defocus, astigmatism (and optionally phase shift) of a micrograph in the manner of CTFFIND4
/// (Rohou &amp; Grigorieff 2015): tile-averaged amplitude spectrum, background subtraction, an exhaustive search
/// over mean defocus, a grid search over the astigmatism vector, simplex refinement of all parameters, and the
/// fit resolution from the spectrum–model correlation.
/// </summary>
public static class CtfEstimator
{
    private const double CoarseDefocusStepAngstrom = 200;
    private const double FineDefocusStepAngstrom = 20;

    public static CtfFit Estimate(Image2D image, CtfEstimationSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate();
        var pixel = settings.PixelSizeAngstrom > 0 ? settings.PixelSizeAngstrom : image.PixelSizeAngstrom;
        if (pixel <= 0)
        {
            throw new ArgumentException("The pixel size is unknown: set CtfEstimationSettings.PixelSizeAngstrom.", nameof(settings));
        }

        var tile = Math.Min(settings.TileSizePixels, Math.Min(image.Width, image.Height) & ~1);
        if (tile < 64)
        {
            throw new ArgumentException($"The {image.Width}x{image.Height} image is too small for CTF estimation (need 64 px).", nameof(image));
        }

        var amplitude = AmplitudeSpectrum.Compute(image, tile, settings.MaxThreads);
        var lowRes = settings.MinResolutionAngstrom;
        var highRes = Math.Max(settings.MaxResolutionAngstrom, 2.5 * pixel);
        var maskRadius = Math.Max(1, (int)(tile * pixel / lowRes / 2));
        var spectrum = AmplitudeSpectrum.SubtractBackground(amplitude, box: (tile / 16) | 1, maskRadius);
        var band = new SpectrumBand(spectrum, pixel, lowRes, highRes, settings.Optics);
        cancellationToken.ThrowIfCancellationRequested();

        var phases = settings.FindPhaseShift ? Enumerable.Range(0, 12).Select(i => i * Math.PI / 12).ToArray() : [0.0];
        var (mean, phase) = SearchMeanDefocus(band, settings, phases);
        cancellationToken.ThrowIfCancellationRequested();
        var (a1, a2) = SearchAstigmatism(band, mean, phase, settings.MaxAstigmatismAngstrom);
        cancellationToken.ThrowIfCancellationRequested();

        var maxAst = settings.MaxAstigmatismAngstrom;
        double Objective(double[] p)
        {
            if (p[0] < settings.MinDefocusAngstrom || p[0] > settings.MaxDefocusAngstrom || Math.Sqrt((p[1] * p[1]) + (p[2] * p[2])) > maxAst)
            {
                return -2;
            }

            return band.Score(p[0], p[1], p[2], p.Length > 3 ? p[3] : 0);
        }

        var start = settings.FindPhaseShift ? new[] { mean, a1, a2, phase } : [mean, a1, a2];
        var steps = settings.FindPhaseShift ? new[] { 100.0, 100, 100, 0.1 } : [100.0, 100, 100];
        var (best, score) = NelderMead.Maximise(Objective, start, steps, maxEvaluations: 600, tolerance: 1e-9);
        (best, score) = NelderMead.Maximise(Objective, best, steps.Select(s => s / 4).ToArray(), maxEvaluations: 400, tolerance: 1e-10);

        var astigmatism = Math.Sqrt((best[1] * best[1]) + (best[2] * best[2]));
        var angle = 0.5 * Math.Atan2(best[2], best[1]) * 180 / Math.PI;
        var defocus = new DefocusParameters(best[0] + (0.5 * astigmatism), best[0] - (0.5 * astigmatism), angle, settings.FindPhaseShift ? best[3] : 0).Normalised();
        var model = new CtfModel(settings.Optics, defocus);
        return new CtfFit
        {
            Defocus = defocus,
            FitResolutionAngstrom = FitResolution.Compute(spectrum, pixel, lowRes, model),
            Score = score,
            Spectrum = spectrum,
        };
    }

    private static (double Mean, double Phase) SearchMeanDefocus(SpectrumBand band, CtfEstimationSettings settings, double[] phases)
    {
        var bestScore = double.NegativeInfinity;
        double bestMean = settings.MinDefocusAngstrom, bestPhase = 0;
        foreach (var phase in phases)
        {
            for (var d = settings.MinDefocusAngstrom; d <= settings.MaxDefocusAngstrom; d += CoarseDefocusStepAngstrom)
            {
                var s = band.Score(d, 0, 0, phase);
                if (s > bestScore)
                {
                    (bestScore, bestMean, bestPhase) = (s, d, phase);
                }
            }
        }

        var coarse = bestMean;
        for (var d = coarse - CoarseDefocusStepAngstrom; d <= coarse + CoarseDefocusStepAngstrom; d += FineDefocusStepAngstrom)
        {
            var s = band.Score(d, 0, 0, bestPhase);
            if (s > bestScore)
            {
                (bestScore, bestMean) = (s, d);
            }
        }

        return (bestMean, bestPhase);
    }

    private static (double A1, double A2) SearchAstigmatism(SpectrumBand band, double mean, double phase, double maxAstigmatism)
    {
        var step = Math.Max(50, maxAstigmatism / 10);
        var bestScore = band.Score(mean, 0, 0, phase);
        (double, double) best = (0, 0);
        for (var a1 = -maxAstigmatism; a1 <= maxAstigmatism; a1 += step)
        {
            for (var a2 = -maxAstigmatism; a2 <= maxAstigmatism; a2 += step)
            {
                if ((a1 * a1) + (a2 * a2) > maxAstigmatism * maxAstigmatism)
                {
                    continue;
                }

                var s = band.Score(mean, a1, a2, phase);
                if (s > bestScore)
                {
                    (bestScore, best) = (s, (a1, a2));
                }
            }
        }

        return best;
    }
}
