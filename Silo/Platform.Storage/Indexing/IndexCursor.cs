using System.Buffers.Text;
using System.Text.Json;
using Platform.Runtime.Indexing;

namespace Platform.Storage.Indexing;

/// <summary>
/// The opaque keyset cursor: the sort values of a page's last row, tagged with the sort it belongs to so a
/// cursor from a differently ordered query is refused instead of silently skipping rows.
/// Encoded as base64url JSON; timestamps travel as Unix microseconds.
/// </summary>
internal static class IndexCursor
{
    public static string Encode(IReadOnlyList<SortKey> order, IReadOnlyList<object?> values)
    {
        using var writer = new IndexCursorWriter(order);
        return writer.Encode(values);
    }

    /// <summary>Decodes a cursor into canonical sort values; a malformed or foreign cursor throws <see cref="ArgumentException"/>.</summary>
    public static object?[] Decode(string cursor, IReadOnlyList<SortKey> order, string parameterName)
    {
        try
        {
            using var document = JsonDocument.Parse(Base64Url.DecodeFromChars(cursor));
            var root = document.RootElement;
            if (root.GetProperty("o").GetString() != Signature(order))
            {
                throw Invalid("it was made for a query with a different order", parameterName);
            }

            var items = root.GetProperty("v");
            if (items.GetArrayLength() != order.Count)
            {
                throw Invalid("it has the wrong number of values", parameterName);
            }

            var values = new object?[order.Count];
            var i = 0;
            foreach (var item in items.EnumerateArray())
            {
                values[i] = ReadValue(item, order[i].Type, parameterName);
                i++;
            }

            if (values[^1] is null)
            {
                throw Invalid("its row key is missing", parameterName);
            }

            return values;
        }
        catch (Exception exception) when (exception is FormatException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw Invalid("it is not a cursor returned by this index", parameterName);
        }
    }

    private static object? ReadValue(JsonElement item, IndexColumnType type, string parameterName) =>
        item.ValueKind == JsonValueKind.Null
            ? null
            : type switch
            {
                IndexColumnType.Text => item.GetString(),
                IndexColumnType.Integer => item.GetInt64(),
                IndexColumnType.Real => item.GetDouble(),
                IndexColumnType.Boolean => item.GetBoolean(),
                IndexColumnType.Timestamp => IndexValues.FromUnixMicroseconds(item.GetInt64()),
                _ => throw Invalid("it names an unknown column type", parameterName),
            };

    /// <summary>The order a cursor belongs to, as the cursor names it: <c>column d|a</c>, comma separated.</summary>
    public static string Signature(IReadOnlyList<SortKey> order) =>
        string.Join(',', order.Select(k => k.Descending ? k.Column + " d" : k.Column + " a"));

    private static ArgumentException Invalid(string reason, string parameterName) =>
        new($"The paging cursor is invalid: {reason}.", parameterName);
}
