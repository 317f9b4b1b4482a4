using Platform.Imaging.Images;

namespace Platform.Processing.Ctf;

/// <summary>
/// The half-plane pixels of a background-subtracted spectrum inside a resolution band, with their frequency and
/// azimuth precomputed so a CTF model can be scored against them quickly.
/// </summary>
internal sealed class SpectrumBand
{
    private readonly double[] _g2;
    private readonly double[] _cos2;
    private readonly double[] _sin2;
    private readonly double[] _data;
    private readonly double _dataNorm;
    private readonly double _lambda;
    private readonly double _csTerm;
    private readonly double _amplitudePhase;

    public SpectrumBand(Image2D spectrum, double pixelAngstrom, double lowResolutionAngstrom, double highResolutionAngstrom, MicroscopeOptics optics)
    {
        var n = spectrum.Width;
        var c = n / 2;
        var g2 = new List<double>();
        var cos2 = new List<double>();
        var sin2 = new List<double>();
        var data = new List<double>();
        double gMin = 1 / lowResolutionAngstrom, gMax = 1 / highResolutionAngstrom;
        for (var y = 0; y < n; y++)
        {
            for (var x = c; x < n; x++)
            {
                int kx = x - c, ky = y - c;
                if (kx == 0 && ky < 0)
                {
                    continue; // the other half of the kx = 0 column is its mirror
                }

                double gx = kx / (n * pixelAngstrom), gy = ky / (n * pixelAngstrom);
                var g = Math.Sqrt((gx * gx) + (gy * gy));
                if (g < gMin || g > gMax)
                {
                    continue;
                }

                var alpha = Math.Atan2(gy, gx);
                g2.Add(g * g);
                cos2.Add(Math.Cos(2 * alpha));
                sin2.Add(Math.Sin(2 * alpha));
                data.Add(spectrum[x, y]);
            }
        }

        if (data.Count < 16)
        {
            throw new ArgumentException($"The band {lowResolutionAngstrom}–{highResolutionAngstrom} Å holds too few spectrum pixels ({data.Count}).");
        }

        var mean = data.Average();
        _data = data.Select(v => v - mean).ToArray();
        _dataNorm = Math.Sqrt(_data.Sum(v => v * v));
        _g2 = [.. g2];
        _cos2 = [.. cos2];
        _sin2 = [.. sin2];
        _lambda = optics.WavelengthAngstrom;
        _csTerm = 0.5 * Math.PI * optics.SphericalAberrationMillimeters * 1e7 * Math.Pow(_lambda, 3);
        _amplitudePhase = Math.Atan(optics.AmplitudeContrast / Math.Sqrt(1 - (optics.AmplitudeContrast * optics.AmplitudeContrast)));
    }

    public int Count => _data.Length;

    /// <summary>
    /// Normalised correlation between the data and the model CTF² − ½ = −½·cos(2χ), with defocus
    /// Δf(α) = mean + ½(a1·cos 2α + a2·sin 2α) (the astigmatism as a vector, so no angle wrap-around).
    /// </summary>
    public double Score(double meanDefocus, double a1, double a2, double phaseShift)
    {
        double sumDm = 0, sumM = 0, sumMm = 0;
        var offset = phaseShift + _amplitudePhase;
        for (var i = 0; i < _data.Length; i++)
        {
            var defocus = meanDefocus + (0.5 * ((a1 * _cos2[i]) + (a2 * _sin2[i])));
            var chi = (Math.PI * _lambda * _g2[i] * defocus) - (_csTerm * _g2[i] * _g2[i]) + offset;
            var model = -Math.Cos(2 * chi);
            sumDm += _data[i] * model;
            sumM += model;
            sumMm += model * model;
        }

        var modelVariance = sumMm - (sumM * sumM / _data.Length);
        return modelVariance > 0 ? sumDm / (_dataNorm * Math.Sqrt(modelVariance)) : 0;
    }
}
