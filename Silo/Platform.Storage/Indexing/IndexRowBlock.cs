using System.Buffers.Binary;
using System.Text;
using Platform.Runtime.Indexing;

namespace Platform.Storage.Indexing;

/// <summary>
/// The column values of a page of index rows packed into one byte array, decoded only when a value is read: a list that
/// needs only its rows' keys and cursors (views loaded from grains) then makes no string or boxed value per column.
/// Per row, per declared column in order: a byte 0 (null) or 1, then for a non-null value its declared type's payload —
/// Text: a 32-bit length and the UTF-8 bytes; Real: the double; Integer, Boolean, Timestamp: the stored 64-bit integer
/// (Unix microseconds for a timestamp, 0/1 for a boolean), all little-endian; or, for a text equal to an earlier one of
/// its column, the byte 2 and the earlier text's position. Immutable once built, so rows share it freely.
/// </summary>
internal sealed class IndexRowBlock(IndexTable table, byte[] data)
{
    /// <summary>The marker of a text stored as the position of an equal earlier text.</summary>
    public const byte RepeatedText = 2;

    public IndexTable Table => table;

    /// <summary>Declared column <paramref name="ordinal"/> of the row starting at <paramref name="row"/>, as a new value each read.</summary>
    public object? Value(int row, int ordinal)
    {
        var position = Position(row, ordinal);
        if (data[position] == 0)
        {
            return null;
        }

        var payload = data.AsSpan(position + 1);
        return table.Columns[ordinal].Type switch
        {
            IndexColumnType.Text => Encoding.UTF8.GetString(TextAt(data, position)),
            IndexColumnType.Real => BinaryPrimitives.ReadDoubleLittleEndian(payload),
            IndexColumnType.Integer => BinaryPrimitives.ReadInt64LittleEndian(payload),
            IndexColumnType.Boolean => BinaryPrimitives.ReadInt64LittleEndian(payload) != 0,
            IndexColumnType.Timestamp => IndexValues.FromUnixMicroseconds(BinaryPrimitives.ReadInt64LittleEndian(payload)),
            var other => throw new InvalidOperationException($"Unknown index column type {other}."),
        };
    }

    /// <summary>The stored 64-bit integer of a non-null Integer, Boolean or Timestamp column (Unix microseconds), without boxing it.</summary>
    public bool TryGetStoredInteger(int row, int ordinal, out long stored)
    {
        var position = Position(row, ordinal);
        var type = table.Columns[ordinal].Type;
        var present = data[position] != 0 && type is IndexColumnType.Integer or IndexColumnType.Boolean or IndexColumnType.Timestamp;
        stored = present ? BinaryPrimitives.ReadInt64LittleEndian(data.AsSpan(position + 1)) : 0;
        return present;
    }

    /// <summary>The UTF-8 bytes of the non-null text stored at <paramref name="position"/> of <paramref name="data"/>, following a repeat.</summary>
    public static ReadOnlySpan<byte> TextAt(byte[] data, int position)
    {
        if (data[position] == RepeatedText)
        {
            position = BinaryPrimitives.ReadInt32LittleEndian(data.AsSpan(position + 1));
        }

        var payload = data.AsSpan(position + 1);
        return payload.Slice(sizeof(int), BinaryPrimitives.ReadInt32LittleEndian(payload));
    }

    private int Position(int row, int ordinal)
    {
        var position = row;
        for (var i = 0; i < ordinal; i++)
        {
            position = Skip(position, table.Columns[i].Type);
        }

        return position;
    }

    private int Skip(int position, IndexColumnType type) =>
        data[position] == 0 ? position + 1
        : data[position] == RepeatedText ? position + 1 + sizeof(int)
        : type == IndexColumnType.Text ? position + 1 + sizeof(int) + BinaryPrimitives.ReadInt32LittleEndian(data.AsSpan(position + 1))
        : position + 1 + sizeof(long);
}
