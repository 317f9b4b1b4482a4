using System.Diagnostics;

namespace Platform.Processing.Pipeline;

/// <summary>
/// Wall-clock and process CPU time per pipeline stage. CPU time is the whole process's (every thread, including work
/// unrelated to this movie), so it is a profile figure for a process that runs one movie at a time, like the bench.
/// </summary>
internal sealed class StageClock
{
    private readonly Stopwatch _wall = Stopwatch.StartNew();
    private readonly List<(string, double)> _wallTimes = [];
    private readonly List<(string, double)> _cpuTimes = [];
    private TimeSpan _cpuAtLap = ProcessCpu();

    public IReadOnlyList<(string Stage, double Milliseconds)> WallTimes => _wallTimes;

    public IReadOnlyList<(string Stage, double Milliseconds)> CpuTimes => _cpuTimes;

    /// <summary>Records a stage measured elsewhere (the file read, timed before the movie reached the chain).</summary>
    public void Add(string stage, double wallMilliseconds, double cpuMilliseconds)
    {
        _wallTimes.Add((stage, wallMilliseconds));
        _cpuTimes.Add((stage, cpuMilliseconds));
    }

    /// <summary>Ends the stage running since the previous lap (or construction) and starts the next.</summary>
    public void Lap(string stage)
    {
        var cpu = ProcessCpu();
        _wallTimes.Add((stage, _wall.Elapsed.TotalMilliseconds));
        _cpuTimes.Add((stage, (cpu - _cpuAtLap).TotalMilliseconds));
        _cpuAtLap = cpu;
        _wall.Restart();
    }

    public static TimeSpan ProcessCpu()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }
}
