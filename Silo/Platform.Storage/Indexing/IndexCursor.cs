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
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("o", Signature(order));
            json.WriteStartArray("v");
            foreach (var value in values)
            {
                WriteValue(json, value);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Base64Url.EncodeToString(buffer.ToArray());
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

    private static void WriteValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null: json.WriteNullValue(); break;
            case string s: json.WriteStringValue(s); break;
            case long l: json.WriteNumberValue(l); break;
            case double d: json.WriteNumberValue(d); break;
            case bool b: json.WriteBooleanValue(b); break;
            case DateTimeOffset t: json.WriteNumberValue(IndexValues.ToUnixMicroseconds(t)); break;
            default: throw new InvalidOperationException($"Unexpected index value type {value.GetType().Name}.");
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

    private static string Signature(IReadOnlyList<SortKey> order) =>
        string.Join(',', order.Select(k => k.Descending ? k.Column + " d" : k.Column + " a"));

    private static ArgumentException Invalid(string reason, string parameterName) =>
        new($"The paging cursor is invalid: {reason}.", parameterName);
}
