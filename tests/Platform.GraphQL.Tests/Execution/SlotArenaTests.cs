using Platform.GraphQL.Execution;

namespace Platform.GraphQL.Tests.Execution;

/// <summary>Result maps of one request reserve their slots in shared chunks: no two reservations ever overlap.</summary>
public sealed class SlotArenaTests
{
    [Fact]
    public async Task Reservations_from_many_threads_get_disjoint_slots_and_keep_what_each_wrote()
    {
        var arena = new SlotArena<object?>();
        var reserved = await Task.WhenAll(Enumerable.Range(0, 8).Select(worker => Task.Run(() =>
        {
            var mine = new List<(object?[] Slots, int Offset, int Count, string Tag)>();
            for (var i = 0; i < 500; i++)
            {
                // Sizes from 0 to 300, so some reservations are larger than a chunk.
                var count = (worker * 37 + i * 13) % 301;
                var slots = arena.Reserve(count, out var offset);
                var tag = $"{worker}:{i}";
                for (var s = 0; s < count; s++)
                {
                    slots[offset + s] = tag;
                }

                mine.Add((slots, offset, count, tag));
            }

            return mine;
        }, TestContext.Current.CancellationToken)));

        foreach (var (slots, offset, count, tag) in reserved.SelectMany(r => r))
        {
            for (var s = 0; s < count; s++)
            {
                Assert.Same(tag, slots[offset + s]);
            }
        }
    }
}
