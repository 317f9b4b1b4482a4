using Platform.Testing;
using Platform.Runtime.Indexing;
using Platform.Storage.Indexing;
using Platform.Storage.Postgres;
using Platform.Storage.Tests.Fixtures;

namespace Platform.Storage.Tests.Contract;

/// <summary>
/// The storage contract on PostgreSQL, plus what only a shared server can show: notifications crossing
/// nodes over LISTEN/NOTIFY, surviving a killed LISTEN connection, and concurrent schema creation.
/// Each test has its own schema on the run's throwaway cluster.
/// </summary>
public sealed class PostgresStorageContractTests(PostgresCluster cluster) : StorageContractTests
{
    private string _connectionString = "";

    public override async ValueTask InitializeAsync()
    {
        _connectionString = await cluster.CreateSchemaAsync();
        await base.InitializeAsync();
    }

    protected override async Task<IStorageProvider> OpenProviderAsync(string nodeId) =>
        await PostgresStorageProvider.OpenAsync(_connectionString, nodeId, Clock, Token);

    protected override string SortStep => "Sort";

    /// <summary>
    /// EXPLAIN with sequential and bitmap scans priced out: a test table of a few rows is cheapest to read whole, which would
    /// hide what the planner does at scale; an ordered index read still has to exist for the plan to avoid a sort.
    /// </summary>
    protected override async Task<string> QueryPlanAsync(IndexTable table, IndexQuery query)
    {
        var sql = new IndexSqlBuilder(PostgresDialect.Instance).Select(table, query, out _);
        await using var connection = new Npgsql.NpgsqlConnection(_connectionString);
        await connection.OpenAsync(Token);
        await using var transaction = await connection.BeginTransactionAsync(Token);
        await using (var settings = new Npgsql.NpgsqlCommand("SET LOCAL enable_seqscan = off; SET LOCAL enable_bitmapscan = off", connection, transaction))
        {
            await settings.ExecuteNonQueryAsync(Token);
        }

        await using var explain = new Npgsql.NpgsqlCommand("EXPLAIN " + sql.Sql, connection, transaction);
        PostgresDialect.AddParameters(explain.Parameters, sql.Arguments);
        await using var reader = await explain.ExecuteReaderAsync(Token);
        var lines = new List<string>();
        while (await reader.ReadAsync(Token))
        {
            lines.Add(reader.GetString(0));
        }

        return string.Join('\n', lines);
    }

    [Fact]
    public async Task A_write_through_node_a_is_notified_to_node_b()
    {
        var nodeB = await OpenAsync("b");
        var key = NewKey();
        using var probe = new NotificationProbe(nodeB, key.GrainKey);

        var written = await WriteAsync(key, "{}", null);

        Assert.Equal(new GrainStateChanged("a", key, written.ETag), await probe.NextAsync($"node b to hear node a's write of {key}"));
    }

    [Fact]
    public async Task Node_b_hears_node_a_again_after_its_listen_connection_is_killed()
    {
        var nodeB = (PostgresStorageProvider)await OpenAsync("b");
        var key = NewKey();
        using var probe = new NotificationProbe(nodeB, key.GrainKey);
        var reconnected = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        nodeB.ListenerConnected += pid => reconnected.TrySetResult(pid);
        var killed = nodeB.ListenerProcessId;
        Assert.NotEqual(0, killed);

        await cluster.ExecuteAsync($"SELECT pg_terminate_backend({killed})");
        var newPid = await Await.Within(reconnected.Task, $"node b to re-establish LISTEN after backend {killed} was terminated");
        var written = await WriteAsync(key, "{}", null);

        Assert.NotEqual(killed, newPid);
        Assert.Equal(new GrainStateChanged("a", key, written.ETag), await probe.NextAsync("node b to hear a write after reconnecting"));
    }

    [Fact]
    public async Task A_foreign_payload_on_the_channel_is_reported_and_does_not_stop_notifications()
    {
        var key = NewKey();
        using var probe = new NotificationProbe(Storage, key.GrainKey);
        var reported = new TaskCompletionSource<Exception>(TaskCreationOptions.RunContinuationsAsynchronously);
        ((PostgresStorageProvider)Storage).BackgroundError += e => reported.TrySetResult(e);

        await cluster.ExecuteAsync("NOTIFY platform_storage, 'not json {'");
        await cluster.ExecuteAsync("""NOTIFY platform_storage, '{"t":"x","o":"n"}'""");
        var written = await WriteAsync(key, "{}", null);

        Assert.Equal(new GrainStateChanged("a", key, written.ETag), await probe.NextAsync("a write after garbage payloads"));
        Assert.IsType<FormatException>(await Await.Within(reported.Task, "the garbage payload to be reported"));
    }

    [Fact]
    public async Task After_every_connection_is_killed_writes_fail_with_a_typed_error_then_recover()
    {
        var application = "storage-test-" + Guid.NewGuid().ToString("N")[..12];
        var connectionString = new Npgsql.NpgsqlConnectionStringBuilder(_connectionString) { ApplicationName = application }.ConnectionString;
        await using var node = await PostgresStorageProvider.OpenAsync(connectionString, "c", TimeProvider.System, Token);
        var key = NewKey();
        var etag = (await node.Grains.WriteAsync(Write(key, "1", null), Token)).ETag;
        var reconnected = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        node.ListenerConnected += pid => reconnected.TrySetResult(pid);

        await cluster.ExecuteAsync($"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = '{application}'");

        var failures = 0;
        for (var attempt = 0; attempt < 5; attempt++)
        {
            try
            {
                etag = (await node.Grains.WriteAsync(Write(key, "2", etag), Token)).ETag;
                break;
            }
            catch (Npgsql.NpgsqlException)
            {
                failures++;
            }
        }

        Assert.True(failures < 5, "writes never recovered after the connections were killed");
        Assert.Equal(("2", etag), (Text(await node.Grains.ReadAsync(key, Token)), (await node.Grains.ReadAsync(key, Token))!.ETag));
        await Await.Within(reconnected.Task, "the LISTEN connection to come back");
    }

    [Fact]
    public async Task A_statement_failing_late_in_the_write_batch_rolls_back_the_state_and_events()
    {
        var table = Indexing.IndexDataset.Table(UniqueTable("sessions"));
        await Storage.InitializeAsync([table], Token);
        var schema = new Npgsql.NpgsqlConnectionStringBuilder(_connectionString).SearchPath;
        await cluster.ExecuteAsync($"DROP TABLE {schema}.ix_{table.Name}");
        var key = NewKey();
        var stream = Guid.NewGuid().ToString("N");
        var row = new Platform.Runtime.Indexing.IndexRow(table.Name, key.GrainKey, new Dictionary<string, object?> { ["name"] = "x" });

        var error = await Assert.ThrowsAsync<Npgsql.PostgresException>(() => Storage.Grains.WriteAsync(
            Write(key, "{}", null, upserts: [row], events: [new StreamAppend("session-events", stream, Json("e"))]), Token));

        Assert.Equal("42P01", error.SqlState); // undefined_table
        Assert.Null(await Storage.Grains.ReadAsync(key, Token));
        Assert.Equal(0, await Storage.Streams.GetLastSequenceAsync("session-events", stream, Token));
        Assert.Equal("1", (await WriteAsync(key, "{}", null)).ETag);
    }

    [Fact]
    public async Task Opening_against_a_server_that_is_not_there_fails_with_a_typed_error()
    {
        var nowhere = new Npgsql.NpgsqlConnectionStringBuilder(_connectionString) { Port = 1, Timeout = 5 }.ConnectionString;

        await Assert.ThrowsAsync<Npgsql.NpgsqlException>(() => PostgresStorageProvider.OpenAsync(nowhere, "x", TimeProvider.System, Token));
    }

    [Fact]
    public async Task Several_nodes_creating_the_schema_at_once_all_succeed()
    {
        var fresh = await cluster.CreateSchemaAsync();
        var table = Indexing.IndexDataset.Table(UniqueTable("sessions"));

        var nodes = await Task.WhenAll(Enumerable.Range(0, 4).Select(async i =>
        {
            var node = await PostgresStorageProvider.OpenAsync(fresh, $"n{i}", TimeProvider.System, Token);
            await node.InitializeAsync([table], Token);
            return node;
        }));

        try
        {
            var key = NewKey();
            await nodes[0].Grains.WriteAsync(Write(key, "{}", null), Token);
            Assert.NotNull(await nodes[3].Grains.ReadAsync(key, Token));
            Assert.Equal(0, await nodes[2].Indexes.CountAsync(table.Name, [], Token));
        }
        finally
        {
            foreach (var node in nodes)
            {
                await node.DisposeAsync();
            }
        }
    }
}
