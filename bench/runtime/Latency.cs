using System.Diagnostics;

namespace Platform.Bench.Runtime;

/// <summary>Runs <c>callers</c> concurrent loops of a call and reports throughput and latency percentiles.</summary>
public static class Latency
{
    public sealed record Result(string Name, long Calls, double Seconds, double P50Microseconds, double P99Microseconds)
    {
        public double PerSecond => Calls / Seconds;

        public override string ToString() => $"{Name,-44} {PerSecond,12:N0} /s   p50 {P50Microseconds,8:N1} µs   p99 {P99Microseconds,8:N1} µs";
    }

    public static async Task<Result> MeasureAsync(string name, int callers, int callsPerCaller, Func<int, int, Task> call)
    {
        var samples = new long[callers * callsPerCaller];
        var total = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, callers).Select(caller => Task.Run(async () =>
        {
            for (var i = 0; i < callsPerCaller; i++)
            {
                var start = Stopwatch.GetTimestamp();
                await call(caller, i);
                samples[(caller * callsPerCaller) + i] = Stopwatch.GetTimestamp() - start;
            }
        })));
        total.Stop();
        Array.Sort(samples);
        double Micro(double q) => samples[(int)(q * (samples.Length - 1))] * 1e6 / Stopwatch.Frequency;
        return new Result(name, samples.Length, total.Elapsed.TotalSeconds, Micro(0.50), Micro(0.99));
    }
}
