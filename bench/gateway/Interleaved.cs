using System.Diagnostics;
using Platform.GraphQL.Bench;

namespace Platform.Gateway.Bench;

/// <summary>
/// Times several actions round-robin (one run of each per round, after a warm-up), so on a machine whose load changes
/// during the run every action sees the same conditions and their figures stay comparable.
/// </summary>
public static class Interleaved
{
    public static async Task<IReadOnlyList<(string Label, LatencySamples Samples)>> MeasureAsync(int iterations, IReadOnlyList<(string Label, Func<Task> Action)> actions)
    {
        for (var i = 0; i < Math.Max(50, iterations / 10); i++)
        {
            foreach (var (_, action) in actions)
            {
                await action();
            }
        }

        var samples = actions.Select(_ => new double[iterations]).ToArray();
        for (var i = 0; i < iterations; i++)
        {
            for (var a = 0; a < actions.Count; a++)
            {
                var start = Stopwatch.GetTimestamp();
                await actions[a].Action();
                samples[a][i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            }
        }

        return [.. actions.Select((a, i) =>
        {
            Array.Sort(samples[i]);
            return (a.Label, new LatencySamples(samples[i]));
        })];
    }
}
