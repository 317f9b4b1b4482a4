using System.Buffers;
using System.Buffers.Text;
using System.Text.Json;
using Platform.Runtime.Indexing;

namespace Platform.Storage.Indexing;

/// <summary>
/// Writes the cursors of one page (or one cursor) in <see cref="IndexCursor"/>'s format, <c>{"o":signature,"v":[values]}</c>
/// as base64url, byte for byte what a <see cref="Utf8JsonWriter"/> writes: the <c>{"o":…,"v":[</c> prefix is written by the
/// JSON writer once per page, integers, timestamps, booleans, nulls and plain text (letters, digits, <c>-_.:</c>, which JSON
/// never escapes) are appended directly, and any other text or a real goes through the JSON writer for its escaping and
/// number format. A cursor costs one string. Not thread safe: one page's reader uses it.
/// </summary>
internal sealed class IndexCursorWriter : IDisposable
{
    private readonly ArrayBufferWriter<byte> _buffer = new(256);
    private readonly Utf8JsonWriter _json;
    private readonly IReadOnlyList<SortKey> _order;
    private readonly byte[] _prefix;
    private readonly int[] _ordinals;

    /// <summary>A writer for cursors of <paramref name="order"/>; with <paramref name="table"/>, rows' values are found by column position.</summary>
    public IndexCursorWriter(IReadOnlyList<SortKey> order, IndexTable? table = null)
    {
        _order = order;
        _json = new Utf8JsonWriter(_buffer);
        _json.WriteStartObject();
        _json.WriteString("o", IndexCursor.Signature(order));
        _json.WriteStartArray("v");
        _json.Flush();
        _prefix = _buffer.WrittenSpan.ToArray();
        var ordinals = table is null ? null : IndexRowValues.OrdinalsOf(table);
        _ordinals = [.. order.Select(k => ordinals is not null && ordinals.TryGetValue(k.Column, out var i) ? i : -1)];
    }

    /// <summary>The cursor of <paramref name="row"/>: its values of the order's columns (the key column is the row key).</summary>
    public string Encode(IndexRow row)
    {
        _buffer.ResetWrittenCount();
        _buffer.Write(_prefix);
        for (var k = 0; k < _order.Count; k++)
        {
            var column = _order[k].Column;
            if (_ordinals[k] >= 0 && _order[k].Type is IndexColumnType.Integer or IndexColumnType.Timestamp
                && row.Values is IndexRowValues stored && stored.TryGetStoredInteger(_ordinals[k], out var integer))
            {
                // The stored form is what the cursor holds (a timestamp's Unix microseconds): no boxed value is made.
                _buffer.Write(k > 0 ? ","u8 : []);
                WriteInteger(integer);
                continue;
            }

            WriteValue(k, column == IndexCatalog.KeyColumn ? row.Key
                : _ordinals[k] >= 0 && row.Values is IndexRowValues values ? values.At(_ordinals[k])
                : row.Values[column]);
        }

        return End();
    }

    /// <summary>The cursor of the given sort values, one per order column.</summary>
    public string Encode(IReadOnlyList<object?> values)
    {
        _buffer.ResetWrittenCount();
        _buffer.Write(_prefix);
        for (var k = 0; k < values.Count; k++)
        {
            WriteValue(k, values[k]);
        }

        return End();
    }

    public void Dispose() => _json.Dispose();

    private string End()
    {
        _buffer.Write("]}"u8);
        return Base64Url.EncodeToString(_buffer.WrittenSpan);
    }

    private void WriteValue(int index, object? value)
    {
        if (index > 0)
        {
            _buffer.Write(","u8);
        }

        switch (value)
        {
            case null: _buffer.Write("null"u8); break;
            case bool b: _buffer.Write(b ? "true"u8 : "false"u8); break;
            case long l: WriteInteger(l); break;
            case DateTimeOffset t: WriteInteger(IndexValues.ToUnixMicroseconds(t)); break;
            case string s when IsPlain(s):
                var span = _buffer.GetSpan(s.Length + 2);
                span[0] = (byte)'"';
                System.Text.Encoding.ASCII.GetBytes(s, span[1..]);
                span[s.Length + 1] = (byte)'"';
                _buffer.Advance(s.Length + 2);
                break;
            case string: WithJsonWriter(value, static (json, v) => json.WriteStringValue((string)v)); break;
            case double: WithJsonWriter(value, static (json, v) => json.WriteNumberValue((double)v)); break;
            default: throw new InvalidOperationException($"Unexpected index value type {value.GetType().Name}.");
        }
    }

    private void WriteInteger(long value)
    {
        // Utf8Formatter's default integer format is the one Utf8JsonWriter writes numbers with.
        Utf8Formatter.TryFormat(value, _buffer.GetSpan(20), out var written);
        _buffer.Advance(written);
    }

    /// <summary>One value written alone by the JSON writer, appended at the buffer's end (a lone value is written as inside an array).</summary>
    private void WithJsonWriter(object value, Action<Utf8JsonWriter, object> write)
    {
        _json.Reset(_buffer);
        write(_json, value);
        _json.Flush();
    }

    private static bool IsPlain(string text)
    {
        foreach (var c in text)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':'))
            {
                return false;
            }
        }

        return true;
    }
}
