using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Platform.Storage.Sqlite;

/// <summary>
/// The e_sqlite3 functions a row read calls once per column, taking the raw statement pointer: SQLitePCL's wrappers take the
/// statement's SafeHandle, which costs a reference count round trip and a marshalling stub per call. Callers hold one
/// reference on the handle for the whole read (<see cref="SqliteStatement.RowColumns"/>), so the pointer stays valid.
/// The column functions are short, never block and never call back into .NET (https://www.sqlite.org/c3ref/column_blob.html),
/// which is what <see cref="SuppressGCTransitionAttribute"/> requires.
/// </summary>
internal static unsafe partial class SqliteNative
{
    // The library SQLitePCLRaw.bundle_e_sqlite3 ships and its provider loads; the same loaded module is reused.
    private const string Library = "e_sqlite3";

    [LibraryImport(Library, EntryPoint = "sqlite3_column_type")]
    [SuppressGCTransition]
    public static partial int ColumnType(nint statement, int column);

    [LibraryImport(Library, EntryPoint = "sqlite3_column_int64")]
    [SuppressGCTransition]
    public static partial long ColumnInt64(nint statement, int column);

    [LibraryImport(Library, EntryPoint = "sqlite3_column_double")]
    [SuppressGCTransition]
    public static partial double ColumnDouble(nint statement, int column);

    /// <summary>The text's UTF-8 bytes (null for NULL, or when SQLite is out of memory), valid until the next step or reset.</summary>
    [LibraryImport(Library, EntryPoint = "sqlite3_column_text")]
    [SuppressGCTransition]
    public static partial byte* ColumnText(nint statement, int column);

    /// <summary>The byte length of the text <see cref="ColumnText"/> returned (call it after that, as SQLite documents).</summary>
    [LibraryImport(Library, EntryPoint = "sqlite3_column_bytes")]
    [SuppressGCTransition]
    public static partial int ColumnBytes(nint statement, int column);

    /// <summary>A text column as a span over SQLite's buffer; empty with <paramref name="isNull"/> when the value is NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ReadOnlySpan<byte> Text(nint statement, int column, out bool isNull)
    {
        var text = ColumnText(statement, column);
        if (text is null)
        {
            // NULL, or SQLite could not convert the value (out of memory): only the type tells them apart.
            isNull = ColumnType(statement, column) == SQLitePCL.raw.SQLITE_NULL;
            return isNull ? default : throw new OutOfMemoryException("SQLite ran out of memory reading a text column.");
        }

        isNull = false;
        return new ReadOnlySpan<byte>(text, ColumnBytes(statement, column));
    }
}
