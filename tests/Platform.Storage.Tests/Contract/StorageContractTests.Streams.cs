using System.Globalization;
using Platform.Runtime;

namespace Platform.Storage.Tests.Contract;

/// <summary>Durable streams: ordering, gapless sequences, replay, atomicity with state writes.</summary>
public abstract partial class StorageContractTests
{
    private static StreamAppend Event(string streamKey, string text) => new("session-events", streamKey, Json(text));

    [Fact]
    public async Task Appended_events_get_sequences_from_one_and_read_back_in_order()
    {
        var stream = Guid.NewGuid().ToString("N");
        Assert.Equal(0, await Storage.Streams.GetLastSequenceAsync("session-events", stream, Token));

        var first = await Storage.Streams.AppendAsync([Event(stream, "a"), Event(stream, "b")], Token);
        var second = await Storage.Streams.AppendAsync([Event(stream, "c")], Token);

        Assert.Equal([1L, 2L], first.Select(e => e.Sequence));
        Assert.Equal([3L], second.Select(e => e.Sequence));
        var read = await Storage.Streams.ReadAsync("session-events", stream, 1, 100, Token);
        Assert.Equal(["a", "b", "c"], read.Select(e => System.Text.Encoding.UTF8.GetString(e.Payload.Span)));
        Assert.Equal([1L, 2L, 3L], read.Select(e => e.Sequence));
        Assert.All(read, e => Assert.Equal(TimeSpan.Zero, e.TimestampUtc.Offset));
        Assert.Equal(3, await Storage.Streams.GetLastSequenceAsync("session-events", stream, Token));
    }

    [Fact]
    public async Task Event_timestamps_come_from_the_provider_clock_in_utc_to_the_microsecond()
    {
        var stream = Guid.NewGuid().ToString("N");
        var now = new DateTimeOffset(2026, 7, 1, 14, 0, 0, TimeSpan.FromHours(2)).AddTicks(1_234_567);
        Clock.Set(now);

        var appended = await Storage.Streams.AppendAsync([Event(stream, "a")], Token);
        var written = await Storage.Grains.WriteAsync(Write(NewKey(), "{}", null, events: [Event(stream, "b")]), Token);
        var read = await Storage.Streams.ReadAsync("session-events", stream, 1, 10, Token);

        var expected = new DateTimeOffset(now.UtcTicks - (now.UtcTicks % 10), TimeSpan.Zero);
        Assert.Equal([expected, expected], read.Select(e => e.TimestampUtc));
        Assert.Equal(TimeSpan.Zero, read[0].TimestampUtc.Offset);
        Assert.Equal(expected, appended.Single().TimestampUtc);
        Assert.Equal(expected, written.Events.Single().TimestampUtc);
    }

    [Fact]
    public async Task Replay_from_a_sequence_returns_that_event_and_later_up_to_the_maximum()
    {
        var stream = Guid.NewGuid().ToString("N");
        await Storage.Streams.AppendAsync([.. Enumerable.Range(1, 10).Select(i => Event(stream, i.ToString(CultureInfo.InvariantCulture)))], Token);

        var replay = await Storage.Streams.ReadAsync("session-events", stream, 4, 3, Token);
        var tail = await Storage.Streams.ReadAsync("session-events", stream, 9, 100, Token);
        var beyond = await Storage.Streams.ReadAsync("session-events", stream, 11, 100, Token);

        Assert.Equal([4L, 5L, 6L], replay.Select(e => e.Sequence));
        Assert.Equal([9L, 10L], tail.Select(e => e.Sequence));
        Assert.Empty(beyond);
    }

    [Fact]
    public async Task Events_of_different_streams_in_one_append_are_numbered_per_stream()
    {
        var a = Guid.NewGuid().ToString("N");
        var b = Guid.NewGuid().ToString("N");

        var stored = await Storage.Streams.AppendAsync([Event(a, "a1"), Event(b, "b1"), Event(a, "a2")], Token);

        Assert.Equal([(a, 1L), (b, 1L), (a, 2L)], stored.Select(e => (e.Key, e.Sequence)));
    }

    [Fact]
    public async Task Concurrent_appenders_produce_gapless_unique_sequences()
    {
        const int appenders = 8;
        const int appendsEach = 20;
        var stream = Guid.NewGuid().ToString("N");

        var results = await Task.WhenAll(Enumerable.Range(0, appenders).Select(appender => Task.Run(async () =>
        {
            var sequences = new List<long>();
            for (var i = 0; i < appendsEach; i++)
            {
                // Every other append goes through a state write, which appends in the same transaction.
                IReadOnlyList<StoredStreamEvent> stored = i % 2 == 0
                    ? await Storage.Streams.AppendAsync([Event(stream, $"{appender}:{i}:x"), Event(stream, $"{appender}:{i}:y")], Token)
                    : (await Storage.Grains.WriteAsync(Write(NewKey(), "{}", null, events: [Event(stream, $"{appender}:{i}")]), Token)).Events;
                sequences.AddRange(stored.Select(e => e.Sequence));
            }

            return sequences;
        }, Token)));

        var all = results.SelectMany(s => s).Order().ToList();
        var total = appenders * (appendsEach / 2 * 3);
        Assert.Equal(Enumerable.Range(1, total).Select(i => (long)i), all);
        var read = await Storage.Streams.ReadAsync("session-events", stream, 1, 10_000, Token);
        Assert.Equal(Enumerable.Range(1, total).Select(i => (long)i), read.Select(e => e.Sequence));
        Assert.All(results, sequences => Assert.Equal(sequences.Order(), sequences));
    }

    [Fact]
    public async Task Events_of_a_committed_write_are_appended_with_it()
    {
        var stream = Guid.NewGuid().ToString("N");
        var written = await Storage.Grains.WriteAsync(Write(NewKey(), "{}", null, events: [Event(stream, "started"), Event(stream, "running")]), Token);

        Assert.Equal([1L, 2L], written.Events.Select(e => e.Sequence));
        var read = await Storage.Streams.ReadAsync("session-events", stream, 1, 10, Token);
        Assert.Equal(written.Events.Select(e => (e.Sequence, e.TimestampUtc)), read.Select(e => (e.Sequence, e.TimestampUtc)));
    }

    [Fact]
    public async Task Events_in_a_rejected_write_are_not_appended()
    {
        var stream = Guid.NewGuid().ToString("N");
        var key = NewKey();
        var first = await Storage.Grains.WriteAsync(Write(key, "1", null, events: [Event(stream, "one")]), Token);
        await WriteAsync(key, "2", first.ETag);

        await Assert.ThrowsAsync<InconsistentStateException>(() =>
            Storage.Grains.WriteAsync(Write(key, "3", first.ETag, events: [Event(stream, "lost")]), Token));
        var next = await Storage.Streams.AppendAsync([Event(stream, "two")], Token);

        Assert.Equal(1, (await Storage.Streams.ReadAsync("session-events", stream, 1, 10, Token)).Count(e => e.Sequence == 1));
        Assert.Equal(2, next.Single().Sequence);
        Assert.DoesNotContain(await Storage.Streams.ReadAsync("session-events", stream, 1, 10, Token),
            e => System.Text.Encoding.UTF8.GetString(e.Payload.Span) == "lost");
    }
}
