using Platform.Runtime.Indexing;

namespace Platform.Storage.Indexing;

/// <summary>
/// Checks index values against their column type and brings them to the one canonical form both engines
/// store: timestamps as UTC truncated to whole microseconds (PostgreSQL's timestamptz resolution), so a
/// value reads back equal and orders the same on SQLite and PostgreSQL; reals are finite and never -0.0.
/// </summary>
internal static class IndexValues
{
    public static object? Normalize(string table, IndexColumn column, object? value)
    {
        if (value is null)
        {
            return null;
        }

        object? normalized = (column.Type, value) switch
        {
            (IndexColumnType.Text, string s) when !s.Contains('\0') => s,
            (IndexColumnType.Integer, long l) => l,
            (IndexColumnType.Integer, int i) => (long)i,
            // -0.0 becomes 0.0: SQLite stores an integral REAL as an integer and loses the sign, PostgreSQL keeps it.
            (IndexColumnType.Real, double d) when double.IsFinite(d) => d == 0 ? 0.0 : d,
            (IndexColumnType.Real, float f) when float.IsFinite(f) => f == 0 ? 0.0 : (double)f,
            (IndexColumnType.Real, long l) => (double)l,
            (IndexColumnType.Real, int i) => (double)i,
            (IndexColumnType.Boolean, bool b) => b,
            (IndexColumnType.Timestamp, DateTimeOffset t) => TruncateToMicroseconds(t),
            (IndexColumnType.Timestamp, DateTime { Kind: DateTimeKind.Utc } t) => TruncateToMicroseconds(new DateTimeOffset(t)),
            _ => null,
        };

        return normalized ?? throw new ArgumentException(
            $"Index table '{table}' column '{column.Name}' is {column.Type}; the value {Describe(value)} does not fit it " +
            "(Text: string without NUL, Integer: long, Real: finite double, Boolean: bool, Timestamp: DateTimeOffset or UTC DateTime).",
            nameof(value));
    }

    /// <summary>Microseconds since the Unix epoch, the timestamp form SQLite stores.</summary>
    public static long ToUnixMicroseconds(DateTimeOffset value) =>
        (value.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / TimeSpan.TicksPerMicrosecond;

    public static DateTimeOffset FromUnixMicroseconds(long microseconds) =>
        new(DateTimeOffset.UnixEpoch.UtcTicks + (microseconds * TimeSpan.TicksPerMicrosecond), TimeSpan.Zero);

    public static DateTimeOffset TruncateToMicroseconds(DateTimeOffset value) =>
        FromUnixMicroseconds(ToUnixMicroseconds(value));

    private static string Describe(object value) => $"'{value}' ({value.GetType().Name})";
}
