using Platform.Runtime;
using Platform.Silo.Runtime.Tests.TestGrains;
using Platform.Testing;

namespace Platform.Silo.Runtime.Tests;

/// <summary>ETag-checked state across nodes: the loser of a race re-reads and re-decides, so no update is lost.</summary>
public sealed class PersistenceTests
{
    [Fact]
    public async Task Two_nodes_incrementing_one_grain_concurrently_lose_no_update()
    {
        var folder = Directory.CreateTempSubdirectory("platform-test-").FullName;
        var db = Path.Combine(folder, "shared.db");
        var options = new RuntimeOptions { MaxConflictRetries = 1000 };
        await using var nodeA = await TestSilo.StartAsync(typeof(CounterGrain).Assembly, databasePath: db, nodeId: "a", options: options);
        await using var nodeB = await TestSilo.StartAsync(typeof(CounterGrain).Assembly, databasePath: db, nodeId: "b", options: options);
        var key = Guid.NewGuid().ToString();

        async Task Hammer(TestSilo node)
        {
            var counter = node.Grains.GetGrain<ICounterGrain>(key);
            for (var i = 0; i < 50; i++)
            {
                await counter.IncrementAsync();
            }
        }

        await Task.WhenAll(Hammer(nodeA), Hammer(nodeB));
        await using var reader = await TestSilo.StartAsync(typeof(CounterGrain).Assembly, databasePath: db, nodeId: "c");
        Assert.Equal(100, await reader.Grains.GetGrain<ICounterGrain>(key).GetAsync());
    }

    [Fact]
    public async Task A_conflict_that_outlasts_the_retries_surfaces_as_InconsistentStateException()
    {
        var folder = Directory.CreateTempSubdirectory("platform-test-").FullName;
        var db = Path.Combine(folder, "shared.db");
        var noRetry = new RuntimeOptions { MaxConflictRetries = 0 };
        await using var nodeA = await TestSilo.StartAsync(typeof(CounterGrain).Assembly, databasePath: db, nodeId: "a", options: noRetry);
        await using var nodeB = await TestSilo.StartAsync(typeof(CounterGrain).Assembly, databasePath: db, nodeId: "b", options: noRetry);
        var key = Guid.NewGuid().ToString();
        var onA = nodeA.Grains.GetGrain<ICounterGrain>(key);
        var onB = nodeB.Grains.GetGrain<ICounterGrain>(key);
        await onA.IncrementAsync();
        await onB.GetAsync();
        await onA.IncrementAsync();

        await Assert.ThrowsAsync<InconsistentStateException>(onB.IncrementAsync);
        Assert.Equal(3, await onB.IncrementAsync());
    }

    [Fact]
    public async Task Clearing_state_deletes_the_record_and_the_next_activation_starts_from_defaults()
    {
        await using var silo = await TestSilo.StartAsync(typeof(CounterGrain).Assembly);
        var counter = silo.Grains.GetGrain<ICounterGrain>(Guid.NewGuid().ToString());
        await counter.IncrementAsync();
        await counter.ResetAsync();
        Assert.Equal(0, await counter.GetAsync());
        Assert.Equal(1, await counter.IncrementAsync());
    }
}
