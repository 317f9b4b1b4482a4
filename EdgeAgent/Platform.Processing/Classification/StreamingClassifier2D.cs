using Platform.Imaging.Images;

namespace Platform.Processing.Classification;

/// <summary>
/// Streaming reference-free 2D classification: maximum-likelihood EM over in-plane rotations and shifts (Scheres et al. 2005; RELION 2D,
/// Scheres 2012) updated one mini-batch at a time as particles arrive, in the manner of online EM (Neal &amp; Hinton 1998; cryoSPARC's
/// streaming 2D, Punjani et al. 2017): statistics gathered so far are decayed by <see cref="Classification2DSettings.MemoryDecay"/>
/// and the batch's posterior-weighted sums are added. Two half sets (by particle parity) give each class a FRC resolution.
/// Not thread-safe: one caller feeds batches in order. The whole model can be saved and restored (StreamingClassifier2D.State.cs).
/// </summary>
public sealed partial class StreamingClassifier2D
{
    private readonly Classification2DSettings _settings;
    private readonly ClassGeometry _geometry;
    private readonly float[][][] _sums;
    private readonly double[][] _weights;
    private readonly int[] _counts;
    private Image2D[] _references = [];
    private double _residual;
    private double _pixels;
    private long _seen;

    public StreamingClassifier2D(int boxPixels, Classification2DSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentOutOfRangeException.ThrowIfLessThan(boxPixels, 8);
        settings.Validate();
        _settings = settings;
        _geometry = new ClassGeometry(boxPixels, settings);
        _sums = [NewSums(), NewSums()];
        _weights = [new double[settings.ClassCount], new double[settings.ClassCount]];
        _counts = new int[settings.ClassCount];
    }

    /// <summary>Particles seen so far.</summary>
    public long ParticleCount => _seen;

    /// <summary>Per-pixel noise variance of the current model (Σ E‖X − RA‖² / pixels).</summary>
    public double NoiseVariance => _pixels > 0 ? _residual / _pixels : 1;

    /// <summary>Updates the classes with one mini-batch and returns each particle's most probable class.</summary>
    public IReadOnlyList<int> AddBatch(IReadOnlyList<Image2D> particles, CancellationToken cancellationToken = default)
    {
        Check(particles);
        cancellationToken.ThrowIfCancellationRequested();
        if (_references.Length == 0)
        {
            _references = ClassInitialiser.Initialise(particles, _settings.ClassCount, _geometry, _settings.Seed);
        }

        var stats = ExpectationStep.Run(particles, _seen, _references, LogPriors(), NoiseVariance, _geometry, _settings.MaxThreads, accumulate: true);
        var decay = _settings.MemoryDecay;
        for (var h = 0; h < 2; h++)
        {
            for (var k = 0; k < _settings.ClassCount; k++)
            {
                System.Numerics.Tensors.TensorPrimitives.MultiplyAdd(_sums[h][k], (float)decay, stats.Sums[h][k], _sums[h][k]);
                _weights[h][k] = (decay * _weights[h][k]) + stats.Weights[h][k];
            }
        }

        _residual = (decay * _residual) + stats.ResidualSquared;
        _pixels = (decay * _pixels) + stats.PixelCount;
        foreach (var k in stats.Assignments)
        {
            _counts[k]++;
        }

        _seen += particles.Count;
        _references = Enumerable.Range(0, _settings.ClassCount).Select(k => Average(k, half: null) ?? _references[k]).ToArray();
        return stats.Assignments;
    }

    /// <summary>Most probable class of each particle under the current model, without changing it.</summary>
    public IReadOnlyList<int> Classify(IReadOnlyList<Image2D> particles)
    {
        Check(particles);
        if (_references.Length == 0)
        {
            throw new InvalidOperationException("No mini-batch has been added yet, so there are no classes to assign to.");
        }

        return ExpectationStep.Run(particles, 0, _references, LogPriors(), NoiseVariance, _geometry, _settings.MaxThreads, accumulate: false).Assignments;
    }

    /// <summary>The current class averages with particle counts and half-set FRC resolutions.</summary>
    public IReadOnlyList<ClassAverage2D> Classes()
    {
        var result = new List<ClassAverage2D>();
        for (var k = 0; k < _references.Length; k++)
        {
            var (first, second) = (Average(k, 0), Average(k, 1));
            var frc = first is not null && second is not null ? FourierRingCorrelation.Compute(first, second) : new double[(_geometry.Box / 2) + 1];
            result.Add(new ClassAverage2D
            {
                ClassIndex = k,
                Average = _references[k],
                ParticleCount = _counts[k],
                ResolutionAngstrom = first is not null && second is not null
                    ? FourierRingCorrelation.Resolution(frc, _geometry.Box, _settings.PixelSizeAngstrom)
                    : double.NaN,
                FourierRingCorrelation = frc,
            });
        }

        return result;
    }

    private Image2D? Average(int k, int? half)
    {
        var weight = half is { } h ? _weights[h][k] : _weights[0][k] + _weights[1][k];
        if (weight <= 1e-9)
        {
            return null;
        }

        var pixels = new float[_geometry.Pixels];
        if (half is { } only)
        {
            _sums[only][k].CopyTo(pixels, 0);
        }
        else
        {
            System.Numerics.Tensors.TensorPrimitives.Add(_sums[0][k], _sums[1][k], pixels);
        }

        System.Numerics.Tensors.TensorPrimitives.Multiply(pixels, (float)(1 / weight), pixels);
        System.Numerics.Tensors.TensorPrimitives.Multiply(pixels, _geometry.Mask, pixels);
        return new Image2D(_geometry.Box, _geometry.Box, pixels, _settings.PixelSizeAngstrom);
    }

    private double[] LogPriors()
    {
        var total = _weights[0].Sum() + _weights[1].Sum();
        var floor = 0.01 / _settings.ClassCount;
        return Enumerable.Range(0, _settings.ClassCount)
            .Select(k => Math.Log(total > 0 ? Math.Max(floor, (_weights[0][k] + _weights[1][k]) / total) : 1.0 / _settings.ClassCount))
            .ToArray();
    }

    private void Check(IReadOnlyList<Image2D> particles)
    {
        ArgumentNullException.ThrowIfNull(particles);
        if (particles.Count == 0)
        {
            throw new ArgumentException("A mini-batch needs at least one particle.", nameof(particles));
        }

        if (particles.Any(p => p.Width != _geometry.Box || p.Height != _geometry.Box))
        {
            throw new ArgumentException($"Every particle must be {_geometry.Box}x{_geometry.Box} pixels.", nameof(particles));
        }

        if (particles.Any(p => p.Pixels.Any(v => !float.IsFinite(v))))
        {
            throw new ArgumentException("A particle holds NaN or infinite pixels.", nameof(particles));
        }
    }

    private float[][] NewSums() => Enumerable.Range(0, _settings.ClassCount).Select(_ => new float[_geometry.Pixels]).ToArray();
}
