using Platform.Runtime;

namespace Platform.Silo.Runtime.Tests.TestGrains;

public sealed class ReminderLog
{
    public List<string> Ticks { get; set; } = [];
}

/// <summary>Records every reminder tick durably, so a test can count deliveries across nodes.</summary>
public sealed class ReminderProbeGrain([PersistentState("ticks")] IPersistentState<ReminderLog> state) : Grain, IReminderProbeGrain
{
    public Task RegisterAsync(string name, TimeSpan due, TimeSpan? period) => RegisterOrUpdateReminderAsync(name, due, period);

    public Task UnregisterAsync(string name) => UnregisterReminderAsync(name);

    public Task<List<string>> TicksAsync() => Task.FromResult(state.State.Ticks.ToList());

    public async Task ReceiveReminderAsync(string reminderName, TickStatus status)
    {
        state.State.Ticks.Add($"{reminderName}@{status.DueAtUtc:O}");
        await state.WriteStateAsync();
    }
}
