namespace Platform.Runtime.Indexing;

/// <summary>
/// Column types an index table may use. Values in rows are <see cref="string"/>, <see cref="long"/>,
/// <see cref="double"/>, <see cref="bool"/> and <see cref="DateTimeOffset"/> (stored as UTC) respectively, or null.
/// </summary>
public enum IndexColumnType
{
    Text,
    Integer,
    Real,
    Boolean,
    Timestamp,
}
