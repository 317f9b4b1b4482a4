using Npgsql;
using NpgsqlTypes;
using Platform.Runtime.Indexing;
using Platform.Storage.Indexing;

namespace Platform.Storage.Postgres;

/// <summary>
/// PostgreSQL's side of index SQL: positional <c>$n</c> placeholders, text in the "C" collation (code point
/// order, the same as SQLite's BINARY), native boolean and timestamptz.
/// </summary>
internal sealed class PostgresDialect : ISqlDialect
{
    public static readonly PostgresDialect Instance = new();

    public string KeyColumnType => "text COLLATE \"C\" NOT NULL";

    // The first placeholders are made once: every statement names them.
    private static readonly string[] _placeholders = [.. Enumerable.Range(1, 64).Select(i => "$" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))];

    public string Parameter(int index) =>
        index < _placeholders.Length ? _placeholders[index] : "$" + (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public string ColumnType(IndexColumnType type) => type switch
    {
        IndexColumnType.Text => "text COLLATE \"C\"",
        IndexColumnType.Integer => "bigint",
        IndexColumnType.Real => "double precision",
        IndexColumnType.Boolean => "boolean",
        IndexColumnType.Timestamp => "timestamptz",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown index column type."),
    };

    public string StartsWith(string column, string parameter) => $"starts_with({column}, {parameter})";

    public string FloorToInteger(string expression) => $"floor({expression})::bigint";

    // PostgreSQL's planner has column statistics (autovacuum analyzes), so it weighs a range's selectivity itself.
    public string FilterOnly(string column) => column;

    // PostgreSQL's default ascending index puts nulls last; the queries sort nulls first.
    public string AscendingNullsFirst(string column) => column + " NULLS FIRST";

    public string EpochSeconds(string column) => $"extract(epoch from {column})::double precision";

    public static void AddParameters(NpgsqlParameterCollection parameters, IReadOnlyList<SqlArgument> arguments)
    {
        foreach (var argument in arguments)
        {
            parameters.Add(new NpgsqlParameter
            {
                NpgsqlDbType = argument.Type switch
                {
                    IndexColumnType.Text => NpgsqlDbType.Text,
                    IndexColumnType.Integer => NpgsqlDbType.Bigint,
                    IndexColumnType.Real => NpgsqlDbType.Double,
                    IndexColumnType.Boolean => NpgsqlDbType.Boolean,
                    IndexColumnType.Timestamp => NpgsqlDbType.TimestampTz,
                    _ => throw new InvalidOperationException($"Unknown index column type {argument.Type}."),
                },
                Value = argument.Value ?? DBNull.Value,
            });
        }
    }

    public static NpgsqlBatchCommand Command(SqlText sql)
    {
        var command = new NpgsqlBatchCommand(sql.Sql);
        AddParameters(command.Parameters, sql.Arguments);
        return command;
    }

    /// <summary>Reads a row selected with <see cref="IndexSqlBuilder.SelectList"/>.</summary>
    public static IndexRow ReadRow(NpgsqlDataReader reader, IndexTable table)
    {
        var values = new object?[table.Columns.Count];
        for (var i = 0; i < values.Length; i++)
        {
            var column = i + 1;
            values[i] = reader.IsDBNull(column) ? null : table.Columns[i].Type switch
            {
                IndexColumnType.Text => reader.GetString(column),
                IndexColumnType.Integer => reader.GetInt64(column),
                IndexColumnType.Real => reader.GetDouble(column),
                IndexColumnType.Boolean => reader.GetBoolean(column),
                IndexColumnType.Timestamp => (object)reader.GetFieldValue<DateTimeOffset>(column),
                _ => throw new InvalidOperationException($"Unknown index column type {table.Columns[i].Type}."),
            };
        }

        return new IndexRow(table.Name, reader.GetString(0), new IndexRowValues(table, values));
    }
}
