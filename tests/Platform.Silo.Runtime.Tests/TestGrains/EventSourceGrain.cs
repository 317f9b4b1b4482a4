using Platform.Runtime;
using Platform.Runtime.Streams;

namespace Platform.Silo.Runtime.Tests.TestGrains;

public sealed class EventLogState
{
    public List<string> Texts { get; set; } = [];
}

/// <summary>Writes its state and the matching stream event in one transaction.</summary>
public sealed class EventSourceGrain([PersistentState("log")] IPersistentState<EventLogState> state) : Grain, IEventSourceGrain
{
    public const string Namespace = "probe-events";

    public async Task<int> RecordAsync(string text)
    {
        state.State.Texts.Add(text);
        await state.WriteStateAsync([Streams.CreateEvent(new StreamId(Namespace, GrainKey), text)]);
        return state.State.Texts.Count;
    }
}
