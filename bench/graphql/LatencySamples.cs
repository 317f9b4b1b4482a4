using System.Diagnostics;

namespace Platform.GraphQL.Bench;

/// <summary>Times repeated runs of an action after a warm-up and reports mean, median and 99th percentile.</summary>
public sealed record LatencySamples(double[] Milliseconds)
{
    public static LatencySamples Measure(int iterations, Action action) =>
        MeasureAsync(iterations, () =>
        {
            action();
            return Task.CompletedTask;
        }).GetAwaiter().GetResult();

    public static async Task<LatencySamples> MeasureAsync(int iterations, Func<Task> action)
    {
        for (var i = 0; i < Math.Max(50, iterations / 10); i++)
        {
            await action();
        }

        var samples = new double[iterations];
        for (var i = 0; i < iterations; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await action();
            samples[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        Array.Sort(samples);
        return new LatencySamples(samples);
    }

    public string Describe(string label) =>
        $"{label,-45} mean {Milliseconds.Average(),8:0.000} ms   p50 {Percentile(0.50),8:0.000} ms   p99 {Percentile(0.99),8:0.000} ms";

    private double Percentile(double p) => Milliseconds[Math.Min(Milliseconds.Length - 1, (int)Math.Ceiling(p * Milliseconds.Length) - 1)];
}
