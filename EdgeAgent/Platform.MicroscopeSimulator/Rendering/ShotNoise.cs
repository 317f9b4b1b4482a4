namespace Platform.MicroscopeSimulator.Rendering;

/// <summary>Seeded electron shot noise: Poisson counts approximated by a Gaussian with variance = mean (Box–Muller).</summary>
internal sealed class ShotNoise
{
    private readonly Random _random;

    public ShotNoise(int seed)
    {
        _random = new Random(seed);
    }

    public float Sample(double mean)
    {
        if (mean <= 0)
        {
            return 0;
        }

        var u1 = 1.0 - _random.NextDouble();
        var u2 = _random.NextDouble();
        var normal = Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
        return (float)Math.Max(0, mean + (normal * Math.Sqrt(mean)));
    }

    public double Uniform(double min, double max) => min + ((max - min) * _random.NextDouble());
}
