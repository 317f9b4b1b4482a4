using System.Buffers;
using System.Buffers.Binary;
using Platform.Runtime.Indexing;

namespace Platform.Storage.Indexing;

/// <summary>
/// Packs rows' values in <see cref="IndexRowBlock"/>'s layout into a pooled buffer while a result is read, then copies them
/// into the block the rows share. Values are appended per row in declared column order. Not thread safe; dispose it to
/// return the buffer.
/// </summary>
internal sealed class IndexRowBlockWriter : IDisposable
{
    private readonly int[] _lastText;
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(4096);
    private int _length;

    /// <summary>A writer for rows of <paramref name="columns"/> declared columns.</summary>
    public IndexRowBlockWriter(int columns)
    {
        _lastText = new int[columns];
        Array.Fill(_lastText, -1);
    }

    /// <summary>Where the next row starts (its offset in the block).</summary>
    public int RowStart => _length;

    public void AppendNull() => Reserve(1)[0] = 0;

    public void AppendInteger(long value) => BinaryPrimitives.WriteInt64LittleEndian(Present(sizeof(long)), value);

    public void AppendReal(double value) => BinaryPrimitives.WriteDoubleLittleEndian(Present(sizeof(long)), value);

    /// <summary>
    /// Text of declared column <paramref name="ordinal"/>: equal to the last text written in that column (a list repeats its
    /// facility, states, owners down the page), it is stored as that text's position instead of its bytes again.
    /// </summary>
    public void AppendText(int ordinal, ReadOnlySpan<byte> utf8)
    {
        var last = _lastText[ordinal];
        if (last >= 0 && utf8.Length > sizeof(int) && utf8.SequenceEqual(IndexRowBlock.TextAt(_buffer, last)))
        {
            var reference = Reserve(1 + sizeof(int));
            reference[0] = IndexRowBlock.RepeatedText;
            BinaryPrimitives.WriteInt32LittleEndian(reference[1..], last);
            return;
        }

        _lastText[ordinal] = _length;
        var payload = Present(sizeof(int) + utf8.Length);
        BinaryPrimitives.WriteInt32LittleEndian(payload, utf8.Length);
        utf8.CopyTo(payload[sizeof(int)..]);
    }

    /// <summary>The block of everything appended so far (one exact-size copy).</summary>
    public IndexRowBlock ToBlock(IndexTable table) => new(table, _buffer.AsSpan(0, _length).ToArray());

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }

    private Span<byte> Present(int payload)
    {
        var span = Reserve(1 + payload);
        span[0] = 1;
        return span[1..];
    }

    private Span<byte> Reserve(int count)
    {
        if (_length + count > _buffer.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + count));
            _buffer.AsSpan(0, _length).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }

        var span = _buffer.AsSpan(_length, count);
        _length += count;
        return span;
    }
}
