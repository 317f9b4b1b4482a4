using Platform.Storage.Sqlite;

namespace Platform.Storage.Tests.Sqlite;

/// <summary>
/// Each SQLite connection keeps a bounded cache of prepared statements keyed by SQL text: reused with fresh bindings,
/// least recently used evicted (never out from under a caller), valid across schema changes, and safe under the pool's
/// concurrent readers.
/// </summary>
public sealed class SqliteStatementCacheTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("platform-sqlite-statements-").FullName;

    private string DatabasePath => Path.Combine(_folder, "cache.db");

    [Fact]
    public void The_same_sql_reuses_one_statement_with_its_bindings_cleared()
    {
        using var connection = Open();
        connection.Execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO t VALUES (1, 'a'), (2, 'b')");
        const string sql = "SELECT count(*) FROM t WHERE id = ?1 OR ?1 IS NULL";

        SqliteStatement first;
        using (first = connection.Prepare(sql).Bind(1, 1L))
        {
            Assert.True(first.Step());
            Assert.Equal(1, first.GetInt64(0));
        }

        using var second = connection.Prepare(sql);

        Assert.Same(first, second);
        Assert.True(second.Step());
        Assert.Equal(2, second.GetInt64(0)); // ?1 is NULL again: the earlier binding did not leak into this use
    }

    [Fact]
    public void The_least_recently_used_statement_is_finalized_when_the_cache_is_full()
    {
        using var connection = Open();
        var oldest = connection.Prepare("SELECT 0");
        oldest.Dispose();
        var recent = connection.Prepare("SELECT 1");
        recent.Dispose();
        for (var i = 2; i < SqliteConnection.StatementCacheCapacity; i++)
        {
            connection.Prepare($"SELECT {i}").Dispose();
        }

        connection.Prepare("SELECT 1").Dispose(); // used again: now the most recent
        connection.Prepare("SELECT 'one more'").Dispose();

        Assert.Equal(SqliteConnection.StatementCacheCapacity, connection.Statements.Count);
        Assert.Equal(1, connection.Statements.Evictions);
        Assert.True(oldest.IsFinalized);
        Assert.False(recent.IsFinalized);
        using var again = connection.Prepare("SELECT 0");
        Assert.NotSame(oldest, again);
        Assert.True(again.Step());
        Assert.Equal(0, again.GetInt64(0));
    }

    [Fact]
    public void A_statement_evicted_while_in_use_keeps_working_until_its_user_disposes_it()
    {
        using var connection = Open();
        var held = connection.Prepare("SELECT 42");
        for (var i = 0; i < SqliteConnection.StatementCacheCapacity + 5; i++)
        {
            connection.Prepare($"SELECT {i} + 1000").Dispose();
        }

        Assert.False(held.IsFinalized);
        Assert.True(held.Step());
        Assert.Equal(42, held.GetInt64(0));

        held.Dispose();

        Assert.True(held.IsFinalized);
    }

    [Fact]
    public void Preparing_sql_whose_cached_statement_is_in_use_gives_an_independent_statement()
    {
        using var connection = Open();
        connection.Execute("CREATE TABLE t (id INTEGER PRIMARY KEY); INSERT INTO t VALUES (1), (2), (3)");
        const string sql = "SELECT id FROM t WHERE id >= ?1 ORDER BY id";

        using var outer = connection.Prepare(sql).Bind(1, 2L);
        Assert.True(outer.Step());
        using (var inner = connection.Prepare(sql).Bind(1, 1L))
        {
            Assert.NotSame(outer, inner);
            Assert.True(inner.Step());
            Assert.Equal(1, inner.GetInt64(0));
        }

        Assert.Equal(2, outer.GetInt64(0));
        Assert.True(outer.Step());
        Assert.Equal(3, outer.GetInt64(0));
    }

    [Fact]
    public void A_cached_statement_runs_correctly_after_another_connection_changes_the_schema()
    {
        using var reader = Open();
        using var writer = Open();
        writer.Execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO t VALUES (1, 'a'), (2, 'b')");
        const string sql = "SELECT name FROM t WHERE id = ?1";
        Assert.Equal("b", ReadName(reader, sql, 2));

        writer.Execute("ALTER TABLE t ADD COLUMN extra INTEGER; CREATE INDEX t_name ON t (name)");
        Assert.Equal("b", ReadName(reader, sql, 2));

        writer.Execute("DROP TABLE t; CREATE TABLE t (name TEXT, id INTEGER PRIMARY KEY); INSERT INTO t VALUES ('z', 2)");
        Assert.Equal("z", ReadName(reader, sql, 2));

        writer.Execute("DROP TABLE t");
        Assert.Throws<SqliteException>(() => ReadName(reader, sql, 2));
        writer.Execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO t VALUES (2, 'back')");
        Assert.Equal("back", ReadName(reader, sql, 2));
    }

    [Fact]
    public async Task Concurrent_readers_of_the_pool_each_get_correct_rows_while_their_caches_churn()
    {
        using var pool = new SqliteConnectionPool(DatabasePath);
        await pool.WriteAsync(c =>
        {
            c.Execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v INTEGER)");
            c.Execute("INSERT INTO t WITH RECURSIVE s(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM s WHERE x < 500) SELECT x, x * 3 FROM s");
            return 0;
        }, TestContext.Current.CancellationToken);

        // More shapes than one connection caches, so statements are evicted and re-prepared while other threads read.
        var shapes = SqliteConnection.StatementCacheCapacity * 2;
        var readers = Enumerable.Range(0, 8).Select(worker => Task.Run(() =>
        {
            for (var i = 0; i < 600; i++)
            {
                var shape = ((worker * 37) + (i * 11)) % shapes;
                var id = 1 + ((worker + i) % 500);
                var (count, sum) = pool.Read(c =>
                {
                    using var statement = c.Prepare($"SELECT count(*), coalesce(sum(v), 0) FROM t WHERE id >= ?1 AND id < ?1 + {shape + 1}").Bind(1, id);
                    Assert.True(statement.Step());
                    return (statement.GetInt64(0), statement.GetInt64(1));
                });
                var last = Math.Min(id + shape, 500);
                Assert.Equal(last - id + 1, count);
                Assert.Equal(3L * (id + last) * (last - id + 1) / 2, sum);
            }
        }, TestContext.Current.CancellationToken));

        await Task.WhenAll(readers);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string ReadName(SqliteConnection connection, string sql, long id)
    {
        using var statement = connection.Prepare(sql).Bind(1, id);
        Assert.True(statement.Step());
        return statement.GetString(0);
    }

    private SqliteConnection Open() => SqliteConnection.Open(DatabasePath, TimeSpan.FromSeconds(5));
}
