using Platform.Runtime.Streams;
using Platform.Silo.Runtime.Tests.TestGrains;
using Platform.Testing;

namespace Platform.Silo.Runtime.Tests;

/// <summary>Durable streams: events committed with state, delivered live in order, replayable from any sequence.</summary>
public sealed class StreamTests
{
    [Fact]
    public async Task A_live_subscriber_receives_events_written_with_state_in_order()
    {
        await using var silo = await TestSilo.StartAsync(typeof(EventSourceGrain).Assembly);
        var key = Guid.NewGuid().ToString();
        var stream = new StreamId(EventSourceGrain.Namespace, key);
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var received = new List<StreamItem<string>>();
        var subscription = Task.Run(async () =>
        {
            await foreach (var item in silo.Runtime.Streams.SubscribeAsync<string>(stream, fromSequence: 1, cancel.Token))
            {
                received.Add(item);
                if (received.Count == 10)
                {
                    return;
                }
            }
        }, cancel.Token);

        var grain = silo.Grains.GetGrain<IEventSourceGrain>(key);
        for (var i = 0; i < 10; i++)
        {
            await grain.RecordAsync($"e{i}");
        }

        await subscription;
        Assert.Equal(Enumerable.Range(1, 10).Select(i => (long)i), received.Select(r => r.Sequence));
        Assert.Equal(Enumerable.Range(0, 10).Select(i => $"e{i}"), received.Select(r => r.Item));
    }

    [Fact]
    public async Task A_late_subscriber_replays_from_a_sequence_then_follows_live()
    {
        await using var silo = await TestSilo.StartAsync(typeof(EventSourceGrain).Assembly);
        var key = Guid.NewGuid().ToString();
        var grain = silo.Grains.GetGrain<IEventSourceGrain>(key);
        for (var i = 0; i < 5; i++)
        {
            await grain.RecordAsync($"old{i}");
        }

        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var items = new List<string>();
        var enumerator = silo.Runtime.Streams.SubscribeAsync<string>(new StreamId(EventSourceGrain.Namespace, key), fromSequence: 4, cancel.Token).GetAsyncEnumerator(cancel.Token);
        Assert.True(await enumerator.MoveNextAsync());
        items.Add(enumerator.Current.Item);
        Assert.True(await enumerator.MoveNextAsync());
        items.Add(enumerator.Current.Item);
        var next = enumerator.MoveNextAsync();
        await grain.RecordAsync("new");
        Assert.True(await next);
        items.Add(enumerator.Current.Item);
        await enumerator.DisposeAsync();

        Assert.Equal(["old3", "old4", "new"], items);
    }
}
