using Platform.Grains.AgentCommands;
using Platform.Runtime.Streams;

namespace Platform.Grains.Tests.Targets;

/// <summary>Reads a microscope's durable agent command stream from the start (what a reconnecting agent replays).</summary>
public static class AgentCommandStreamReader
{
    public static async Task<List<StreamItem<AgentCommandRecord>>> ReadAsync(DomainSilo silo, int count)
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var items = new List<StreamItem<AgentCommandRecord>>();
        await foreach (var item in silo.Silo.Runtime.Streams.SubscribeAsync<AgentCommandRecord>(AgentCommandStream.For(silo.MicroscopeId), 1, cancel.Token))
        {
            items.Add(item);
            if (items.Count == count)
            {
                break;
            }
        }

        return items;
    }

    public static async Task<long> CountAsync(DomainSilo silo) =>
        await silo.Silo.Storage.Streams.GetLastSequenceAsync(AgentCommandRecord.StreamNamespace, silo.MicroscopeId, TestContext.Current.CancellationToken);
}
