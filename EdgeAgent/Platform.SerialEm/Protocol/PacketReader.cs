using System.Buffers.Binary;
using System.Text;
using Platform.SerialEm.Errors;

namespace Platform.SerialEm.Protocol;

/// <summary>Reads little-endian fields from a received packet; running off the end is a typed protocol error, never an index exception.</summary>
internal ref struct PacketReader
{
    private readonly ReadOnlySpan<byte> _packet;
    private readonly ProtocolReturnCode _errorCode;
    private int _position;

    public PacketReader(ReadOnlySpan<byte> packet, int start, ProtocolReturnCode errorCode)
    {
        _packet = packet;
        _position = start;
        _errorCode = errorCode;
    }

    public readonly int Position => _position;

    public int Int32(string field)
    {
        Need(4, field);
        var value = BinaryPrimitives.ReadInt32LittleEndian(_packet.Slice(_position, 4));
        _position += 4;
        return value;
    }

    public double Double(string field)
    {
        Need(8, field);
        var value = BinaryPrimitives.ReadDoubleLittleEndian(_packet.Slice(_position, 8));
        _position += 8;
        return value;
    }

    /// <summary>Reads a NUL-terminated string that must end before <paramref name="limit"/>.</summary>
    public string CString(int limit, string field)
    {
        var end = Math.Min(limit, _packet.Length);
        var length = end > _position ? _packet[_position..end].IndexOf((byte)0) : -1;
        if (length < 0)
        {
            throw new SerialEmProtocolException($"Unterminated string in {field} at byte {_position}.", _errorCode);
        }

        var text = Encoding.ASCII.GetString(_packet.Slice(_position, length));
        _position += length + 1;
        return text;
    }

    private readonly void Need(int bytes, string field)
    {
        if (_position + bytes > _packet.Length)
        {
            throw new SerialEmProtocolException(
                $"Packet of {_packet.Length} bytes ends inside {field} (needs bytes {_position}..{_position + bytes - 1}).", _errorCode);
        }
    }
}
