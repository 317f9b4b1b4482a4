using Npgsql;
using Platform.Runtime.Indexing;
using Platform.Storage.Indexing;

namespace Platform.Storage.Postgres;

/// <summary>Index queries on PostgreSQL.</summary>
internal sealed class PostgresIndexReader(NpgsqlDataSource dataSource, IndexCatalog catalog, IndexSqlBuilder builder) : IIndexReader
{
    public async Task<IndexPage> QueryAsync(IndexQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var table = catalog.Get(query.Table);
        var sql = builder.Select(table, query, out var order);
        var rows = new List<IndexRow>();
        await using (var command = Command(sql))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                rows.Add(PostgresDialect.ReadRow(reader, table));
            }
        }

        return IndexPages.Create(rows, query.Limit, order);
    }

    public async Task<long> CountAsync(string table, IReadOnlyList<IndexFilter> filters, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filters);
        await using var command = Command(builder.Count(catalog.Get(table), filters));
        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    public async Task<IndexRow?> GetAsync(string table, string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        var declared = catalog.Get(table);
        await using var command = Command(builder.Get(declared, key));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? PostgresDialect.ReadRow(reader, declared) : null;
    }

    private NpgsqlCommand Command(SqlText sql)
    {
        var command = dataSource.CreateCommand(sql.Sql);
        PostgresDialect.AddParameters(command.Parameters, sql.Arguments);
        return command;
    }
}
