using Platform.Runtime.Indexing;
using Platform.Storage.Indexing;

namespace Platform.Storage.Sqlite;

/// <summary>Writes index rows inside the caller's transaction, so they commit or roll back with the grain state.</summary>
internal sealed class SqliteIndexWriter(IndexCatalog catalog, IndexSqlBuilder builder)
{
    public void Apply(SqliteConnection connection, IReadOnlyList<IndexRow> upserts, IReadOnlyList<(string Table, string Key)> deletes)
    {
        ArgumentNullException.ThrowIfNull(upserts);
        ArgumentNullException.ThrowIfNull(deletes);
        foreach (var (table, key) in deletes)
        {
            Execute(connection, builder.Delete(catalog.Get(table), key));
        }

        foreach (var row in upserts)
        {
            Execute(connection, builder.Upsert(catalog.Get(row.Table), row));
        }
    }

    private static void Execute(SqliteConnection connection, SqlText sql)
    {
        using var statement = SqliteDialect.Bind(connection.Prepare(sql.Sql), sql.Arguments);
        statement.ExecuteNonQuery();
    }
}
