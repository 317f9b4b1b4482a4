using Platform.Runtime.Indexing;
using Platform.Storage.Indexing;

namespace Platform.Storage.Sqlite;

/// <summary>
/// SQLite's side of index SQL: numbered placeholders, BINARY-collated text (UTF-8 byte order, the same as
/// PostgreSQL's "C" collation), booleans as 0/1 and timestamps as integer Unix microseconds (UTC).
/// </summary>
internal sealed class SqliteDialect : ISqlDialect
{
    public static readonly SqliteDialect Instance = new();

    public string KeyColumnType => "TEXT NOT NULL";

    // The first placeholders are made once: every statement names them.
    private static readonly string[] _placeholders = [.. Enumerable.Range(1, 64).Select(i => "?" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))];

    public string Parameter(int index) =>
        index < _placeholders.Length ? _placeholders[index] : "?" + (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public string ColumnType(IndexColumnType type) => type switch
    {
        IndexColumnType.Text => "TEXT",
        IndexColumnType.Integer or IndexColumnType.Boolean or IndexColumnType.Timestamp => "INTEGER",
        IndexColumnType.Real => "REAL",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown index column type."),
    };

    // substr/length count characters, so this is an exact, case-sensitive prefix test (LIKE would ignore ASCII case).
    public string StartsWith(string column, string parameter) => $"substr({column}, 1, length({parameter})) = {parameter}";

    // CAST truncates toward zero, which is the floor for the non-negative values the aggregates pass.
    public string FloorToInteger(string expression) => $"CAST({expression} AS INTEGER)";

    // The unary + keeps the column's value and collation but disqualifies the term from index use (SQLite's query planner
    // documentation, "Disqualifying WHERE clause terms using unary-+"); values are bound with the column's type, so the lost
    // affinity changes no comparison.
    public string FilterOnly(string column) => "+" + column;

    // SQLite sorts nulls first in ascending order already (and CREATE INDEX takes no NULLS clause).
    public string AscendingNullsFirst(string column) => column;

    public string EpochSeconds(string column) => $"({column} / 1000000.0)";

    /// <summary>Binds the arguments in order; on a bad value the statement is disposed (reset, or finalized if transient) and the error thrown.</summary>
    public static SqliteStatement Bind(SqliteStatement statement, IReadOnlyList<SqlArgument> arguments)
    {
        try
        {
            BindAll(statement, arguments);
        }
        catch
        {
            statement.Dispose();
            throw;
        }

        return statement;
    }

    private static void BindAll(SqliteStatement statement, IReadOnlyList<SqlArgument> arguments)
    {
        for (var i = 0; i < arguments.Count; i++)
        {
            var index = i + 1;
            _ = arguments[i].Value switch
            {
                null => statement.BindNull(index),
                string s => statement.Bind(index, s),
                long l => statement.Bind(index, l),
                double d => statement.Bind(index, d),
                bool b => statement.Bind(index, b ? 1L : 0L),
                DateTimeOffset t => statement.Bind(index, IndexValues.ToUnixMicroseconds(t)),
                var other => throw new InvalidOperationException($"Unexpected index value type {other.GetType().Name}."),
            };
        }
    }
}
