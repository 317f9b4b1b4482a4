using Platform.Runtime;

namespace Platform.Silo.Runtime.Tests.TestGrains;

public interface ITimerGrain : IGrainWithStringKey
{
    Task StartTimerAsync(TimeSpan period);

    Task<int> TicksAsync();

    Task StopTimerAsync();
}
