using Platform.Runtime;

namespace Platform.Silo.Runtime.Tests.TestGrains;

public interface IReminderProbeGrain : IGrainWithStringKey, IRemindable
{
    Task RegisterAsync(string name, TimeSpan due, TimeSpan? period);

    Task UnregisterAsync(string name);

    Task<List<string>> TicksAsync();
}
