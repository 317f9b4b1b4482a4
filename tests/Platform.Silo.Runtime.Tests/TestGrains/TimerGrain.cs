using Platform.Runtime;

namespace Platform.Silo.Runtime.Tests.TestGrains;

public sealed class TimerGrain : Grain, ITimerGrain
{
    private IGrainTimer? _timer;
    private int _ticks;

    public Task StartTimerAsync(TimeSpan period)
    {
        _timer = RegisterGrainTimer(_ =>
        {
            _ticks++;
            return Task.CompletedTask;
        }, new GrainTimerOptions(period, period) { KeepAlive = true });
        return Task.CompletedTask;
    }

    public Task<int> TicksAsync() => Task.FromResult(_ticks);

    public Task StopTimerAsync()
    {
        _timer?.Dispose();
        return Task.CompletedTask;
    }
}
