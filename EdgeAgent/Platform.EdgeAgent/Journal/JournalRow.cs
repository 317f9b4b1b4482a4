using SQLitePCL;

namespace Platform.EdgeAgent.Journal;

/// <summary>The current row of a journal query (columns 0-based); valid only inside the row callback.</summary>
internal readonly struct JournalRow(sqlite3_stmt statement)
{
    public bool IsNull(int column) => raw.sqlite3_column_type(statement, column) == raw.SQLITE_NULL;

    public long Int64(int column) => raw.sqlite3_column_int64(statement, column);

    public string Text(int column) => raw.sqlite3_column_text(statement, column).utf8_to_string();

    public string? NullableText(int column) => IsNull(column) ? null : Text(column);
}
