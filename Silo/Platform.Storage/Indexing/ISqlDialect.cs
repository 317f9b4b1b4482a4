using Platform.Runtime.Indexing;

namespace Platform.Storage.Indexing;

/// <summary>The few places where SQLite and PostgreSQL SQL differ for index tables.</summary>
internal interface ISqlDialect
{
    /// <summary>The placeholder for the parameter at zero-based <paramref name="index"/> (<c>?1</c>, <c>$1</c>).</summary>
    string Parameter(int index);

    /// <summary>The column type for declared columns; text types must compare by code point on both engines.</summary>
    string ColumnType(IndexColumnType type);

    /// <summary>The type of the text primary key column <c>key</c>.</summary>
    string KeyColumnType { get; }

    /// <summary>A case-sensitive prefix test of <paramref name="column"/> against <paramref name="parameter"/>.</summary>
    string StartsWith(string column, string parameter);

    /// <summary>The largest integer not above a non-negative numeric expression, as a 64-bit integer.</summary>
    string FloorToInteger(string expression);

    /// <summary>A column in a condition that must only filter rows, never choose an index (SQLite: <c>+column</c>).</summary>
    string FilterOnly(string column);

    /// <summary>An index column in ascending order with nulls first, as <c>ORDER BY … ASC NULLS FIRST</c> reads it.</summary>
    string AscendingNullsFirst(string column);

    /// <summary>Seconds since the Unix epoch (with fraction) of a Timestamp column.</summary>
    string EpochSeconds(string column);
}
