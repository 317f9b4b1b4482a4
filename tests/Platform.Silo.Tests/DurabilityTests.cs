using Platform.Testing;

namespace Platform.Silo.Tests;

/// <summary>SIGKILL right after acknowledged writes loses none of them (SQLite with synchronous=FULL, PostgreSQL commit).</summary>
public sealed class DurabilityTests(PostgresCluster postgres)
{
    [Fact]
    public async Task Killing_a_sqlite_node_with_SIGKILL_loses_no_acknowledged_write()
    {
        var folder = Directory.CreateTempSubdirectory("platform-kill-").FullName;
        await AssertKillLosesNothing("sqlite", Path.Combine(folder, "platform.db"));
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task Killing_a_postgres_node_with_SIGKILL_loses_no_acknowledged_write()
    {
        await AssertKillLosesNothing("postgres", await postgres.CreateSchemaAsync());
    }

    private static async Task AssertKillLosesNothing(string storage, string connection)
    {
        var acknowledged = 0;
        await using (var node = await NodeProcess.StartAsync(storage, connection, "victim"))
        {
            for (var i = 0; i < 40; i++)
            {
                acknowledged = int.Parse(await node.SendAsync("add durable"), System.Globalization.CultureInfo.InvariantCulture);
            }

            // One more write in flight when the process dies: it may or may not have committed.
            await node.SendWithoutWaitingAsync("add durable");
            await node.KillAsync();
        }

        await using var restarted = await NodeProcess.StartAsync(storage, connection, "survivor");
        var value = int.Parse(await restarted.SendAsync("get durable"), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(value, acknowledged, acknowledged + 1);
        Assert.Equal(40, acknowledged);
    }
}
