using System.Buffers.Binary;
using Platform.SerialEm.Errors;

namespace Platform.SerialEm.Protocol;

/// <summary>Reads whole length-prefixed packets ([N incl. itself][code]...) and raw image bytes from a stream (reference §1.3).</summary>
public static class PacketFraming
{
    /// <summary>Smallest legal packet: the count word and the code word.</summary>
    public const int MinimumPacketBytes = 8;

    /// <summary>Default cap on one packet: RegularCommand arrays are small; anything bigger is a corrupt length.</summary>
    public const int DefaultMaximumPacketBytes = 16 * 1024 * 1024;

    /// <summary>
    /// Reads one packet. Returns null when the peer closed cleanly before its first byte;
    /// throws <see cref="IOException"/> when the stream ends inside a packet and
    /// <see cref="SerialEmProtocolException"/> when N is impossible.
    /// </summary>
    public static async Task<byte[]?> ReadPacketAsync(Stream stream, int maximumBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var countBytes = new byte[4];
        var first = await stream.ReadAsync(countBytes.AsMemory(0, 4), cancellationToken).ConfigureAwait(false);
        if (first == 0)
        {
            return null;
        }

        if (first < 4)
        {
            await ReadExactlyAsync(stream, countBytes.AsMemory(first, 4 - first), cancellationToken).ConfigureAwait(false);
        }

        var total = BinaryPrimitives.ReadInt32LittleEndian(countBytes);
        if (total < MinimumPacketBytes)
        {
            throw new SerialEmProtocolException($"Packet byte count {total} is below the minimum of {MinimumPacketBytes}.", ProtocolReturnCode.PacketTooShort);
        }

        if (total > maximumBytes)
        {
            throw new SerialEmProtocolException($"Packet byte count {total} exceeds the limit of {maximumBytes}.", ProtocolReturnCode.PacketTooLarge);
        }

        var packet = new byte[total];
        countBytes.CopyTo(packet, 0);
        await ReadExactlyAsync(stream, packet.AsMemory(4), cancellationToken).ConfigureAwait(false);
        return packet;
    }

    /// <summary>Fills <paramref name="buffer"/> or throws <see cref="IOException"/> if the stream ends first.</summary>
    public static async Task ReadExactlyAsync(Stream stream, Memory<byte> buffer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var read = 0;
        while (read < buffer.Length)
        {
            var n = await stream.ReadAsync(buffer[read..], cancellationToken).ConfigureAwait(false);
            if (n == 0)
            {
                throw new IOException($"Connection closed after {read} of {buffer.Length} expected bytes.");
            }

            read += n;
        }
    }

    /// <summary>The code word at offset 4: the function code of a request or the return code of a reply.</summary>
    public static int CodeOf(ReadOnlySpan<byte> packet) => BinaryPrimitives.ReadInt32LittleEndian(packet.Slice(4, 4));
}
