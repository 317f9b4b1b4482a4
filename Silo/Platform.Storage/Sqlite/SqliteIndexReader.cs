using Platform.Runtime.Indexing;
using Platform.Storage.Indexing;

namespace Platform.Storage.Sqlite;

/// <summary>Index queries on SQLite reader connections.</summary>
internal sealed class SqliteIndexReader(SqliteConnectionPool pool, IndexCatalog catalog, IndexSqlBuilder builder) : IIndexReader
{
    public Task<IndexPage> QueryAsync(IndexQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        cancellationToken.ThrowIfCancellationRequested();
        var table = catalog.Get(query.Table);
        var sql = builder.Select(table, query, out var order);
        var rows = pool.Read(connection =>
        {
            // Query shapes vary with the filters, so these statements are not cached.
            using var statement = SqliteDialect.Bind(connection.PrepareTransient(sql.Sql), sql.Arguments);
            var result = new List<IndexRow>();
            while (statement.Step())
            {
                result.Add(SqliteDialect.ReadRow(statement, table));
            }

            return result;
        });
        return Task.FromResult(IndexPages.Create(rows, query.Limit, order));
    }

    public Task<long> CountAsync(string table, IReadOnlyList<IndexFilter> filters, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filters);
        cancellationToken.ThrowIfCancellationRequested();
        var sql = builder.Count(catalog.Get(table), filters);
        return Task.FromResult(pool.Read(connection =>
        {
            using var statement = SqliteDialect.Bind(connection.PrepareTransient(sql.Sql), sql.Arguments);
            statement.Step();
            return statement.GetInt64(0);
        }));
    }

    public Task<IndexRow?> GetAsync(string table, string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        cancellationToken.ThrowIfCancellationRequested();
        var declared = catalog.Get(table);
        var sql = builder.Get(declared, key);
        return Task.FromResult(pool.Read(connection =>
        {
            using var statement = SqliteDialect.Bind(connection.Prepare(sql.Sql), sql.Arguments);
            return statement.Step() ? SqliteDialect.ReadRow(statement, declared) : null;
        }));
    }
}
