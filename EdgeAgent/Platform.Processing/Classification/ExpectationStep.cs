using Platform.Imaging.Images;
using Platform.Processing.Fourier;

namespace Platform.Processing.Classification;

/// <summary>
/// The E-step of maximum-likelihood 2D classification (Scheres et al. 2005, JMB 348:139; RELION, Scheres 2012, JSB 180:519): for every
/// particle X and every class k, rotation φ and shift t, log p ∝ (⟨X, T_t R_φ A_k⟩ − ½‖R_φ A_k‖²) / σ² + log π_k under white Gaussian
/// noise, with all shifts of one (k, φ) from a single FFT cross-correlation. Posterior-weighted aligned sums are accumulated in Fourier
/// space per (k, φ) as X̂·conj(Ŵ) (W = the posterior over shifts), so each (k, φ) needs one inverse FFT and one back-rotation per batch.
/// </summary>
internal static class ExpectationStep
{
    private const double NegligiblePosterior = 1e-5;

    public static BatchStatistics Run(
        IReadOnlyList<Image2D> particles, long firstIndex, IReadOnlyList<Image2D> references, double[] logPriors, double sigma2,
        ClassGeometry geometry, int maxThreads, bool accumulate)
    {
        int k = references.Count, r = geometry.Rotations, kr = k * r, t = geometry.ShiftIndices.Length;
        var refSpectra = new float[kr][];
        var refNorms = new double[kr];
        Parallel.For(0, kr, new ParallelOptions { MaxDegreeOfParallelism = maxThreads }, kj =>
        {
            var rotated = geometry.RotatedMasked(references[kj / r], geometry.Angles[kj % r]);
            refNorms[kj] = System.Numerics.Tensors.TensorPrimitives.SumOfSquares<float>(rotated);
            refSpectra[kj] = new float[geometry.SpectrumFloats];
            Fft2D.Forward(rotated, geometry.Box, geometry.Box, refSpectra[kj]);
        });

        var stats = new BatchStatistics(k, geometry.Pixels, particles.Count);
        var accumulators = new float[2][][];
        for (var h = 0; h < 2; h++)
        {
            accumulators[h] = Enumerable.Range(0, kr).Select(_ => new float[geometry.SpectrumFloats]).ToArray();
        }

        var gate = new Lock();
        Parallel.For(0, particles.Count, new ParallelOptions { MaxDegreeOfParallelism = maxThreads }, () => new Worker(geometry, kr, t), (n, _, worker) =>
        {
            var half = (int)((firstIndex + n) & 1);
            stats.Assignments[n] = worker.Process(particles[n], refSpectra, refNorms, logPriors, sigma2, r, half, accumulate);
            return worker;
        }, worker =>
        {
            lock (gate)
            {
                worker.MergeInto(stats, accumulators, r);
            }
        });

        if (accumulate)
        {
            BackRotate(accumulators, stats, geometry, k, r);
        }

        return stats;
    }

    private static void BackRotate(float[][][] accumulators, BatchStatistics stats, ClassGeometry geometry, int k, int r)
    {
        var aligned = new Image2D(geometry.Box, geometry.Box, 1);
        for (var h = 0; h < 2; h++)
        {
            for (var kj = 0; kj < k * r; kj++)
            {
                if (stats.Weights[h][kj / r] <= 0)
                {
                    continue;
                }

                Fft2D.Inverse(accumulators[h][kj], geometry.Box, geometry.Box, aligned.Pixels);
                var back = geometry.RotatedMasked(aligned, -geometry.Angles[kj % r]);
                System.Numerics.Tensors.TensorPrimitives.Add(stats.Sums[h][kj / r], back, stats.Sums[h][kj / r]);
            }
        }
    }

    /// <summary>Per-thread scratch buffers and partial sums.</summary>
    private sealed class Worker(ClassGeometry geometry, int kr, int t)
    {
        private readonly float[] _spectrum = new float[geometry.SpectrumFloats];
        private readonly float[] _product = new float[geometry.SpectrumFloats];
        private readonly float[] _map = new float[geometry.Pixels];
        private readonly double[] _logPosterior = new double[kr * t];
        private readonly double[] _correlation = new double[kr * t];
        private readonly double[] _classWeight = new double[kr];
        private readonly float[][][] _sums = [new float[kr][], new float[kr][]];
        private readonly double[][] _weights = [new double[kr], new double[kr]];
        private double _residual;
        private double _pixels;

        public int Process(Image2D particle, float[][] refSpectra, double[] refNorms, double[] logPriors, double sigma2, int r, int half, bool accumulate)
        {
            var shifts = geometry.ShiftIndices;
            Fft2D.Forward(particle.Pixels, geometry.Box, geometry.Box, _spectrum);
            var xx = System.Numerics.Tensors.TensorPrimitives.SumOfSquares<float>(particle.Pixels);
            var best = double.NegativeInfinity;
            for (var kj = 0; kj < kr; kj++)
            {
                MultiplyConjugate(_spectrum, refSpectra[kj], _product);
                Fft2D.Inverse(_product, geometry.Box, geometry.Box, _map);
                for (var s = 0; s < t; s++)
                {
                    var c = (double)_map[shifts[s]]; // Inverse(X̂·conj Â) is exactly Σ_x X(x + t)·A(x): the forward FFT is unnormalised, the inverse carries 1/N².
                    _correlation[(kj * t) + s] = c;
                    var logP = ((c - (0.5 * refNorms[kj])) / sigma2) + logPriors[kj / r];
                    _logPosterior[(kj * t) + s] = logP;
                    best = Math.Max(best, logP);
                }
            }

            double total = 0;
            for (var i = 0; i < _logPosterior.Length; i++)
            {
                _logPosterior[i] = Math.Exp(_logPosterior[i] - best);
                total += _logPosterior[i];
            }

            var classes = refNorms.Length / r;
            Span<double> perClass = stackalloc double[classes];
            for (var kj = 0; kj < kr; kj++)
            {
                double w = 0;
                for (var s = 0; s < t; s++)
                {
                    var p = _logPosterior[(kj * t) + s] / total;
                    _logPosterior[(kj * t) + s] = p;
                    w += p;
                    _residual += p * (xx + refNorms[kj] - (2 * _correlation[(kj * t) + s]));
                }

                _classWeight[kj] = w;
                perClass[kj / r] += w;
            }

            _pixels += geometry.Pixels;
            if (accumulate)
            {
                Accumulate(half);
            }

            var assigned = 0;
            for (var c = 1; c < classes; c++)
            {
                assigned = perClass[c] > perClass[assigned] ? c : assigned;
            }

            return assigned;
        }

        public void MergeInto(BatchStatistics stats, float[][][] accumulators, int r)
        {
            for (var h = 0; h < 2; h++)
            {
                for (var kj = 0; kj < kr; kj++)
                {
                    stats.Weights[h][kj / r] += _weights[h][kj];
                    if (_sums[h][kj] is { } sum)
                    {
                        System.Numerics.Tensors.TensorPrimitives.Add(accumulators[h][kj], sum, accumulators[h][kj]);
                    }
                }
            }

            stats.ResidualSquared += _residual;
            stats.PixelCount += _pixels;
        }

        private void Accumulate(int half)
        {
            var shifts = geometry.ShiftIndices;
            for (var kj = 0; kj < kr; kj++)
            {
                if (_classWeight[kj] < NegligiblePosterior)
                {
                    continue;
                }

                Array.Clear(_map);
                for (var s = 0; s < t; s++)
                {
                    _map[shifts[s]] = (float)_logPosterior[(kj * t) + s];
                }

                Fft2D.Forward(_map, geometry.Box, geometry.Box, _product);
                var sum = _sums[half][kj] ??= new float[geometry.SpectrumFloats];
                MultiplyConjugateAdd(_spectrum, _product, sum);
                _weights[half][kj] += _classWeight[kj];
            }
        }

        private static void MultiplyConjugate(float[] a, float[] b, float[] result)
        {
            for (var i = 0; i < a.Length; i += 2)
            {
                result[i] = (a[i] * b[i]) + (a[i + 1] * b[i + 1]);
                result[i + 1] = (a[i + 1] * b[i]) - (a[i] * b[i + 1]);
            }
        }

        private static void MultiplyConjugateAdd(float[] a, float[] b, float[] result)
        {
            for (var i = 0; i < a.Length; i += 2)
            {
                result[i] += (a[i] * b[i]) + (a[i + 1] * b[i + 1]);
                result[i + 1] += (a[i + 1] * b[i]) - (a[i] * b[i + 1]);
            }
        }
    }
}
