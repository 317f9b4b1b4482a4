using Npgsql;
using Platform.Runtime.Indexing;
using Platform.Storage.Indexing;

namespace Platform.Storage.Postgres;

/// <summary>Adds index-row statements to a write's batch, so they commit or roll back with the grain state.</summary>
internal sealed class PostgresIndexWriter(IndexCatalog catalog, IndexSqlBuilder builder)
{
    public void Add(NpgsqlBatch batch, IReadOnlyList<IndexRow> upserts, IReadOnlyList<(string Table, string Key)> deletes)
    {
        ArgumentNullException.ThrowIfNull(upserts);
        ArgumentNullException.ThrowIfNull(deletes);
        foreach (var (table, key) in deletes)
        {
            batch.BatchCommands.Add(PostgresDialect.Command(builder.Delete(catalog.Get(table), key)));
        }

        foreach (var row in upserts)
        {
            batch.BatchCommands.Add(PostgresDialect.Command(builder.Upsert(catalog.Get(row.Table), row)));
        }
    }
}
