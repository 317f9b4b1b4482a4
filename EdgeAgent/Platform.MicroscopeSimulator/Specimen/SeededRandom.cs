namespace Platform.MicroscopeSimulator.Specimen;

/// <summary>Stateless deterministic randomness: a SplitMix64 hash of (seed, keys) mapped to [0, 1), so any square or hole can be asked in any order.</summary>
public static class SeededRandom
{
    public static double Unit(int seed, params int[] keys)
    {
        var h = Mix((ulong)(uint)seed + 0x9E3779B97F4A7C15UL);
        foreach (var key in keys)
        {
            h = Mix(h ^ ((ulong)(uint)key + 0x632BE59BD9B4E019UL));
        }

        return (h >> 11) * (1.0 / (1UL << 53));
    }

    public static double Range(double min, double max, int seed, params int[] keys) => min + ((max - min) * Unit(seed, keys));

    /// <summary>SplitMix64 finaliser (Steele, Lea and Flood, OOPSLA 2014).</summary>
    private static ulong Mix(ulong z)
    {
        z += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
