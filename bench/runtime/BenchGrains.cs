using Platform.Runtime;

namespace Platform.Bench.Runtime;

public interface IEchoGrain : IGrainWithStringKey
{
    Task<int> EchoAsync(int value);
}

/// <summary>Does nothing but answer: the runtime's own cost per call.</summary>
public sealed class EchoGrain : Grain, IEchoGrain
{
    public Task<int> EchoAsync(int value) => Task.FromResult(value + 1);
}

/// <summary>The same work as a plain object, for the baseline.</summary>
public sealed class PlainEcho
{
    private readonly SemaphoreSlim _turn = new(1, 1);

    public async Task<int> EchoAsync(int value)
    {
        await _turn.WaitAsync();
        try
        {
            return await Task.FromResult(value + 1);
        }
        finally
        {
            _turn.Release();
        }
    }
}

public interface IWriterGrain : IGrainWithStringKey
{
    Task<int> WriteAsync();
}

public sealed class WriterState
{
    public int Count { get; set; }

    public string Payload { get; set; } = "";
}

/// <summary>One durable state write per call (about 100 bytes of JSON).</summary>
public sealed class WriterGrain([PersistentState("w")] IPersistentState<WriterState> state) : Grain, IWriterGrain
{
    public async Task<int> WriteAsync()
    {
        state.State.Count++;
        state.State.Payload = $"exposure {state.State.Count} of grid 3, square 12, hole 4";
        await state.WriteStateAsync();
        return state.State.Count;
    }
}
