using System.Diagnostics;

namespace Platform.GraphQL.Bench;

/// <summary>
/// CPU time (user + system, all threads) and bytes allocated (all threads) per run of an action, measured over many runs
/// after a warm-up: figures that stay comparable when other processes load the machine, unlike wall time.
/// </summary>
public sealed record RunCost(double CpuMilliseconds, double AllocatedKilobytes)
{
    public static async Task<RunCost> MeasureAsync(int iterations, Func<Task> action)
    {
        for (var i = 0; i < Math.Max(50, iterations / 10); i++)
        {
            await action();
        }

        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var cpuBefore = process.TotalProcessorTime;
        var bytesBefore = GC.GetTotalAllocatedBytes(precise: true);
        for (var i = 0; i < iterations; i++)
        {
            await action();
        }

        var bytes = GC.GetTotalAllocatedBytes(precise: true) - bytesBefore;
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        return new RunCost(cpu.TotalMilliseconds / iterations, bytes / 1024.0 / iterations);
    }

    public string Describe() => $"CPU {CpuMilliseconds,7:0.000} ms   alloc {AllocatedKilobytes,8:0.0} KB";
}
