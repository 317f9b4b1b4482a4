using Platform.Testing;

namespace Platform.Silo.Tests;

/// <summary>
/// Two runtime nodes in two real processes on one PostgreSQL database: changes made through one are seen
/// through the other, concurrent updates lose nothing, stream events cross nodes by LISTEN/NOTIFY,
/// and a due reminder is delivered once, not once per node.
/// </summary>
public sealed class MultiNodeTests(PostgresCluster postgres)
{
    [Fact]
    public async Task A_change_made_through_node_A_is_seen_through_node_B()
    {
        var database = await postgres.CreateSchemaAsync();
        await using var a = await NodeProcess.StartAsync("postgres", database, "a");
        await using var b = await NodeProcess.StartAsync("postgres", database, "b");

        Assert.Equal("1", await a.SendAsync("add k"));
        Assert.Equal("1", await b.SendAsync("get k"));
        Assert.Equal("2", await a.SendAsync("add k"));

        // B's activation is stale until A's commit notification reaches it; it must then re-read.
        await Eventually(async () => await b.SendAsync("get k") == "2", "node B to see the value written through node A");
    }

    [Fact]
    public async Task Two_nodes_updating_one_grain_concurrently_lose_no_update()
    {
        var database = await postgres.CreateSchemaAsync();
        await using var a = await NodeProcess.StartAsync("postgres", database, "a");
        await using var b = await NodeProcess.StartAsync("postgres", database, "b");

        async Task Hammer(NodeProcess node)
        {
            for (var i = 0; i < 100; i++)
            {
                await node.SendAsync("add shared");
            }
        }

        await Task.WhenAll(Hammer(a), Hammer(b));
        await using var c = await NodeProcess.StartAsync("postgres", database, "c");
        Assert.Equal("200", await c.SendAsync("get shared"));
    }

    [Fact]
    public async Task A_stream_event_published_on_node_A_reaches_a_subscriber_on_node_B()
    {
        var database = await postgres.CreateSchemaAsync();
        await using var a = await NodeProcess.StartAsync("postgres", database, "a");
        await using var b = await NodeProcess.StartAsync("postgres", database, "b");
        await b.SendAsync("subscribe s1");

        Assert.Equal("1", await a.SendAsync("publish s1 hello"));
        Assert.Equal("2", await a.SendAsync("publish s1 world"));
        Assert.Equal("event s1 1 hello", await b.NextEventAsync("event 1 on node B"));
        Assert.Equal("event s1 2 world", await b.NextEventAsync("event 2 on node B"));
    }

    [Fact]
    public async Task A_due_reminder_fires_once_not_once_per_node()
    {
        var database = await postgres.CreateSchemaAsync();
        await using var a = await NodeProcess.StartAsync("postgres", database, "a");
        await using var b = await NodeProcess.StartAsync("postgres", database, "b");
        var keys = Enumerable.Range(0, 20).Select(i => $"r{i}").ToList();
        foreach (var key in keys)
        {
            await a.SendAsync($"remind {key} 1");
        }

        foreach (var key in keys)
        {
            await Eventually(async () => await b.SendAsync($"get {key}") != "0", $"reminder of {key} to fire");
        }

        // Both nodes poll every 100 ms; a second delivery would show within a few rounds.
        await Task.Delay(TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken);
        await using var c = await NodeProcess.StartAsync("postgres", database, "c");
        foreach (var key in keys)
        {
            Assert.Equal("1", await c.SendAsync($"get {key}"));
        }
    }

    internal static async Task Eventually(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Timed out waiting for {what}.");
            }

            await Task.Delay(20, TestContext.Current.CancellationToken);
        }
    }
}
