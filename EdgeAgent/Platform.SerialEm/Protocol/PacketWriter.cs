using System.Buffers.Binary;
using System.Text;

namespace Platform.SerialEm.Protocol;

/// <summary>Appends little-endian words, doubles and NUL-terminated strings to a packet buffer with no alignment (reference §1.2).</summary>
internal sealed class PacketWriter
{
    private readonly byte[] _buffer;
    private int _position;

    public PacketWriter(int totalBytes)
    {
        _buffer = new byte[totalBytes];
    }

    public int Position => _position;

    public PacketWriter Int32(int value)
    {
        BinaryPrimitives.WriteInt32LittleEndian(_buffer.AsSpan(_position, 4), value);
        _position += 4;
        return this;
    }

    public PacketWriter Double(double value)
    {
        BinaryPrimitives.WriteDoubleLittleEndian(_buffer.AsSpan(_position, 8), value);
        _position += 8;
        return this;
    }

    public PacketWriter CString(string text)
    {
        _position += Encoding.ASCII.GetBytes(text, _buffer.AsSpan(_position));
        _buffer[_position++] = 0;
        return this;
    }

    public PacketWriter Byte(byte value)
    {
        _buffer[_position++] = value;
        return this;
    }

    /// <summary>Returns the packet; unwritten trailing bytes (padding) stay zero.</summary>
    public byte[] ToArray() => _buffer;

    /// <summary>Bytes a string occupies on the wire: its ASCII bytes plus the terminating NUL.</summary>
    public static int CStringBytes(string text) => Encoding.ASCII.GetByteCount(text) + 1;
}
