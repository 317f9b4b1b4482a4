using System.Diagnostics;

namespace Platform.Storage.Bench;

/// <summary>Runs a write loop for a fixed time and alternates baseline and candidate so drift hits both equally.</summary>
internal static class Measure
{
    public static async Task<double> WritesPerSecondAsync(Func<long, Task> writeOne, TimeSpan duration)
    {
        var clock = Stopwatch.StartNew();
        long count = 0;
        while (clock.Elapsed < duration)
        {
            await writeOne(count).ConfigureAwait(false);
            count++;
        }

        return count / clock.Elapsed.TotalSeconds;
    }

    /// <summary>Warm-up, then baseline, candidate, baseline, candidate; returns the mean rate of each.</summary>
    public static async Task<BenchResult> CompareAsync(Func<long, Task> bare, Func<long, Task> provider, TimeSpan duration)
    {
        var warmup = TimeSpan.FromSeconds(Math.Min(1, duration.TotalSeconds));
        await WritesPerSecondAsync(bare, warmup).ConfigureAwait(false);
        await WritesPerSecondAsync(provider, warmup).ConfigureAwait(false);
        double bareTotal = 0, providerTotal = 0;
        for (var round = 0; round < 2; round++)
        {
            bareTotal += await WritesPerSecondAsync(bare, duration).ConfigureAwait(false);
            providerTotal += await WritesPerSecondAsync(provider, duration).ConfigureAwait(false);
        }

        return new BenchResult(bareTotal / 2, providerTotal / 2);
    }
}
