using System.Buffers;
using System.Buffers.Text;
using System.Text.Json;
using Platform.Runtime.Indexing;

namespace Platform.Storage.Indexing;

/// <summary>
/// Writes the cursors of one page (or one cursor) in <see cref="IndexCursor"/>'s format, <c>{"o":signature,"v":[values]}</c>
/// as base64url: the JSON writer, its buffer and the order's signature are made once and reused for every row, so a
/// cursor costs one string. Not thread safe: one page's reader uses it.
/// </summary>
internal sealed class IndexCursorWriter : IDisposable
{
    private readonly ArrayBufferWriter<byte> _buffer = new(256);
    private readonly Utf8JsonWriter _json;
    private readonly IReadOnlyList<SortKey> _order;
    private readonly string _signature;
    private readonly int[] _ordinals;

    /// <summary>A writer for cursors of <paramref name="order"/>; with <paramref name="table"/>, rows' values are found by column position.</summary>
    public IndexCursorWriter(IReadOnlyList<SortKey> order, IndexTable? table = null)
    {
        _order = order;
        _signature = IndexCursor.Signature(order);
        _json = new Utf8JsonWriter(_buffer);
        var ordinals = table is null ? null : IndexRowValues.OrdinalsOf(table);
        _ordinals = [.. order.Select(k => ordinals is not null && ordinals.TryGetValue(k.Column, out var i) ? i : -1)];
    }

    /// <summary>The cursor of <paramref name="row"/>: its values of the order's columns (the key column is the row key).</summary>
    public string Encode(IndexRow row)
    {
        Begin();
        for (var k = 0; k < _order.Count; k++)
        {
            var column = _order[k].Column;
            WriteValue(column == IndexCatalog.KeyColumn ? row.Key
                : _ordinals[k] >= 0 && row.Values is IndexRowValues values ? values.At(_ordinals[k])
                : row.Values[column]);
        }

        return End();
    }

    /// <summary>The cursor of the given sort values, one per order column.</summary>
    public string Encode(IReadOnlyList<object?> values)
    {
        Begin();
        foreach (var value in values)
        {
            WriteValue(value);
        }

        return End();
    }

    public void Dispose() => _json.Dispose();

    private void Begin()
    {
        _buffer.ResetWrittenCount();
        _json.Reset(_buffer);
        _json.WriteStartObject();
        _json.WriteString("o", _signature);
        _json.WriteStartArray("v");
    }

    private string End()
    {
        _json.WriteEndArray();
        _json.WriteEndObject();
        _json.Flush();
        return Base64Url.EncodeToString(_buffer.WrittenSpan);
    }

    private void WriteValue(object? value)
    {
        switch (value)
        {
            case null: _json.WriteNullValue(); break;
            case string s: _json.WriteStringValue(s); break;
            case long l: _json.WriteNumberValue(l); break;
            case double d: _json.WriteNumberValue(d); break;
            case bool b: _json.WriteBooleanValue(b); break;
            case DateTimeOffset t: _json.WriteNumberValue(IndexValues.ToUnixMicroseconds(t)); break;
            default: throw new InvalidOperationException($"Unexpected index value type {value.GetType().Name}.");
        }
    }
}
