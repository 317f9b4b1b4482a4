using Platform.Runtime;

namespace Platform.Silo.Tests.Node;

public interface ITallyGrain : IGrainWithStringKey, IRemindable
{
    Task<int> AddAsync();

    [ReadOnly]
    Task<int> GetAsync();

    Task RemindAsync(TimeSpan due);
}

public sealed class Tally
{
    public int Value { get; set; }
}

/// <summary>A durable counter; a reminder tick adds one too, so reminder deliveries are counted durably.</summary>
public sealed class TallyGrain([PersistentState("tally")] IPersistentState<Tally> state) : Grain, ITallyGrain
{
    public async Task<int> AddAsync()
    {
        state.State.Value++;
        await state.WriteStateAsync();
        return state.State.Value;
    }

    public Task<int> GetAsync() => Task.FromResult(state.State.Value);

    public Task RemindAsync(TimeSpan due) => RegisterOrUpdateReminderAsync("tick", due, period: null);

    public Task ReceiveReminderAsync(string reminderName, TickStatus status) => AddAsync();
}
