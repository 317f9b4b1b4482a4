using Platform.Testing;
using Platform.Runtime.Indexing;
using Platform.Storage.Postgres;
using Platform.Storage.Sqlite;
using Platform.Storage.Tests.Fixtures;

namespace Platform.Storage.Tests.Indexing;

/// <summary>The same index data and queries give the same pages, cursors and counts on SQLite and PostgreSQL.</summary>
public sealed class CrossProviderIndexTests(PostgresCluster cluster) : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("platform-cross-").FullName;
    private readonly IndexTable _table = IndexDataset.Table("sessions");
    private IStorageProvider _sqlite = null!;
    private IStorageProvider _postgres = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _sqlite = await SqliteStorageProvider.OpenAsync(Path.Combine(_folder, "cross.db"), "a", TimeProvider.System, Token);
        _postgres = await PostgresStorageProvider.OpenAsync(await cluster.CreateSchemaAsync(), "a", TimeProvider.System, Token);
        foreach (var provider in new[] { _sqlite, _postgres })
        {
            await provider.InitializeAsync([_table], Token);
            foreach (var row in IndexDataset.Rows(_table.Name, 80))
            {
                await provider.Grains.WriteAsync(new GrainStateWrite(new GrainStateKey("session", row.Key, "state"), "{}"u8.ToArray(), null, [row], [], []), Token);
            }
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(6)]
    [InlineData(100)]
    public async Task Every_query_returns_the_same_pages_on_both_providers(int limit)
    {
        foreach (var (name, filters, order) in IndexDataset.Queries())
        {
            var query = new IndexQuery(_table.Name) { Filters = filters, Order = order, Limit = limit };
            for (var page = 0; page < 200; page++)
            {
                var fromSqlite = await _sqlite.Indexes.QueryAsync(query, Token);
                var fromPostgres = await _postgres.Indexes.QueryAsync(query, Token);

                Assert.True(fromSqlite.Rows.Select(r => r.Key).SequenceEqual(fromPostgres.Rows.Select(r => r.Key)),
                    $"query '{name}', limit {limit}, page {page}: SQLite [{string.Join(", ", fromSqlite.Rows.Select(r => r.Key))}] vs PostgreSQL [{string.Join(", ", fromPostgres.Rows.Select(r => r.Key))}]");
                Assert.Equal(fromSqlite.Rows.Select(r => r.Values), fromPostgres.Rows.Select(r => r.Values));
                Assert.Equal((fromSqlite.EndCursor, fromSqlite.HasNextPage), (fromPostgres.EndCursor, fromPostgres.HasNextPage));
                if (!fromSqlite.HasNextPage)
                {
                    break;
                }

                query = query with { After = fromSqlite.EndCursor };
            }

            Assert.Equal(await _sqlite.Indexes.CountAsync(_table.Name, filters, Token), await _postgres.Indexes.CountAsync(_table.Name, filters, Token));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _sqlite.DisposeAsync();
        await _postgres.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}
