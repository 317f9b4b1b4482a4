using Platform.Runtime;

namespace Platform.Silo.Runtime.Tests.TestGrains;

public sealed class CounterState
{
    public int Value { get; set; }
}

/// <summary>A persistent counter; counts its own activations in a static table so tests can see reactivation.</summary>
public sealed class CounterGrain([PersistentState("counter")] IPersistentState<CounterState> state) : Grain, ICounterGrain
{
    public static readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> Activations = new();
    public static readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> Deactivations = new();

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        Activations.AddOrUpdate(GrainKey, 1, (_, n) => n + 1);
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        Deactivations.AddOrUpdate(GrainKey, 1, (_, n) => n + 1);
        return Task.CompletedTask;
    }

    public async Task<int> IncrementAsync()
    {
        state.State.Value++;
        await state.WriteStateAsync();
        return state.State.Value;
    }

    public Task<int> GetAsync() => Task.FromResult(state.State.Value);

    public Task<int> GetActivationCountAsync() => Task.FromResult(Activations.GetValueOrDefault(GrainKey));

    public Task ResetAsync() => state.ClearStateAsync();
}
