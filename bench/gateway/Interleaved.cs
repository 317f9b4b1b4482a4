using System.Diagnostics;
using Platform.GraphQL.Bench;

namespace Platform.Gateway.Bench;

/// <summary>
/// Times several actions round-robin (one run of each per round, after a warm-up), so on a machine whose load changes
/// during the run every action sees the same conditions and their figures stay comparable. Beside latency it sums, per
/// action, the bytes allocated (all threads, <see cref="GC.GetTotalAllocatedBytes"/>) and the process CPU time
/// (user + system, all threads) spent while the action ran, read outside the timed window.
/// </summary>
public static class Interleaved
{
    public static async Task<IReadOnlyList<MeasuredAction>> MeasureAsync(int iterations, IReadOnlyList<(string Label, Func<Task> Action)> actions)
    {
        for (var i = 0; i < Math.Max(50, iterations / 10); i++)
        {
            foreach (var (_, action) in actions)
            {
                await action();
            }
        }

        var samples = actions.Select(_ => new double[iterations]).ToArray();
        var allocated = new long[actions.Count];
        var cpu = new TimeSpan[actions.Count];
        using var process = Process.GetCurrentProcess();
        for (var i = 0; i < iterations; i++)
        {
            for (var a = 0; a < actions.Count; a++)
            {
                process.Refresh();
                var cpuBefore = process.TotalProcessorTime;
                var bytesBefore = GC.GetTotalAllocatedBytes(precise: true);
                var start = Stopwatch.GetTimestamp();
                await actions[a].Action();
                samples[a][i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                allocated[a] += GC.GetTotalAllocatedBytes(precise: true) - bytesBefore;
                process.Refresh();
                cpu[a] += process.TotalProcessorTime - cpuBefore;
            }
        }

        return [.. actions.Select((a, i) =>
        {
            Array.Sort(samples[i]);
            return new MeasuredAction(a.Label, new LatencySamples(samples[i]), allocated[i] / 1024.0 / iterations, cpu[i].TotalMilliseconds / iterations);
        })];
    }
}
