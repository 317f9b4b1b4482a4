using Npgsql;
using Platform.Storage.Postgres;

namespace Platform.Storage.Bench;

/// <summary>
/// PostgreSQL: the provider's WriteAsync against a bare autocommit INSERT loop on the same database, each
/// taking a pooled connection per write and committing (fsync) every row; both auto-prepare statements.
/// </summary>
internal static class PostgresBench
{
    public static async Task<BenchResult> RunAsync(string connectionString, BenchOptions options)
    {
        await using var provider = await PostgresStorageProvider.OpenAsync(connectionString, "bench", TimeProvider.System).ConfigureAwait(false);
        var workload = new BenchWorkload(provider);
        await workload.PrepareAsync().ConfigureAwait(false);

        var builder = new NpgsqlDataSourceBuilder(connectionString);
        builder.ConnectionStringBuilder.MaxAutoPrepare = 64;
        await using var bare = builder.Build();
        await using (var create = bare.CreateCommand("CREATE TABLE IF NOT EXISTS bare (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, payload bytea NOT NULL)"))
        {
            await create.ExecuteNonQueryAsync().ConfigureAwait(false);
        }

        async Task BareInsert(long n)
        {
            await using var insert = bare.CreateCommand("INSERT INTO bare (payload) VALUES ($1)");
            insert.Parameters.Add(new NpgsqlParameter<byte[]> { TypedValue = BenchWorkload.Payload(n) });
            await insert.ExecuteNonQueryAsync().ConfigureAwait(false);
        }

        return await Measure.CompareAsync(BareInsert, workload.WriteAsync, options.Seconds).ConfigureAwait(false);
    }
}
