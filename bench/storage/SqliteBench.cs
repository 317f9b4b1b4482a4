using Platform.Storage.Sqlite;

namespace Platform.Storage.Bench;

/// <summary>
/// SQLite: the provider's WriteAsync against a bare autocommit INSERT loop into a table of the same database
/// file through the same connection wrapper, so both use WAL with synchronous=FULL (an fsync per commit) and
/// share one WAL, which keeps file-growth effects the same for both.
/// </summary>
internal static class SqliteBench
{
    public static async Task<BenchResult> RunAsync(BenchOptions options)
    {
        var providerPath = Path.Combine(options.Folder, "provider.db");
        await using var provider = await SqliteStorageProvider.OpenAsync(providerPath, "bench", TimeProvider.System).ConfigureAwait(false);
        var workload = new BenchWorkload(provider);
        await workload.PrepareAsync().ConfigureAwait(false);

        using var bare = SqliteConnection.Open(providerPath, TimeSpan.FromSeconds(10));
        bare.Execute("CREATE TABLE IF NOT EXISTS bare (id INTEGER PRIMARY KEY, payload BLOB NOT NULL)");
        var next = NextId(bare);

        Task BareInsert(long n)
        {
            using var insert = bare.Prepare("INSERT INTO bare (id, payload) VALUES (?1, ?2)");
            insert.Bind(1, next++).Bind(2, BenchWorkload.Payload(n)).ExecuteNonQuery();
            return Task.CompletedTask;
        }

        return await Measure.CompareAsync(BareInsert, workload.WriteAsync, options.Seconds).ConfigureAwait(false);
    }

    private static long NextId(SqliteConnection connection)
    {
        using var max = connection.Prepare("SELECT coalesce(max(id), 0) + 1 FROM bare");
        max.Step();
        return max.GetInt64(0);
    }
}
