using Platform.SerialEm.Commands;
using Platform.SerialEm.Errors;
using Platform.SerialEm.Protocol;

namespace Platform.SerialEm.Client;

/// <summary>The byte-level exchanges: RegularCommand, GetBufferImage and PutImageInBuffer.</summary>
public sealed partial class SerialEmClient
{
    private static async Task<CommandResult> RunRegularCommandAsync(SocketConnection connection, string name, byte[] request, CancellationToken cancellationToken)
    {
        await connection.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var packet = await connection.ReceivePacketAsync(cancellationToken).ConfigureAwait(false);
        ControlPackets.ThrowIfErrorReply(packet, name);
        var reply = RegularCommandReply.Decode(packet);
        return reply.ErrorCode switch
        {
            ScriptErrorCode.None or ScriptErrorCode.ExitWithoutException => new CommandResult(name, reply.Values),
            ScriptErrorCode.CommandFailed => throw new SerialEmCommandException(name, reply.Values.Count > 0 ? reply.Values[0].ToString() : "(no message)"),
            ScriptErrorCode.NormalExit => throw new SerialEmExitedException(name),
            ScriptErrorCode.UserStop => throw new SerialEmStoppedException(name, duringCommand: true),
            _ => throw new SerialEmProtocolException($"{name} reply has unknown errorOccurred value {reply.ErrorOccurred}."),
        };
    }

    private async Task<BufferImage?> ReceiveBufferImageAsync(SocketConnection connection, BufferSlot buffer, CancellationToken cancellationToken)
    {
        await connection.SendAsync(new GetBufferImageRequest(buffer).Encode(), cancellationToken).ConfigureAwait(false);
        var packet = await connection.ReceivePacketAsync(cancellationToken).ConfigureAwait(false);
        var header = BufferImageHeader.Decode(packet, _options.MaximumImageBytes);
        if (header.IsEmpty)
        {
            return null;
        }

        var pixels = new byte[header.ByteCount];
        var offset = 0;
        var chunks = ImageChunking.ChunkSizes(header.ByteCount, header.ChunkCount);
        for (var i = 0; i < chunks.Count; i++)
        {
            if (i > 0)
            {
                // The server sends chunk 0 unasked and waits for [8][2] before each later chunk (§1.7).
                await connection.SendAsync(ControlPackets.ChunkHandshake(), cancellationToken).ConfigureAwait(false);
            }

            await connection.ReceiveExactlyAsync(pixels.AsMemory(offset, chunks[i]), cancellationToken).ConfigureAwait(false);
            offset += chunks[i];
        }

        return new BufferImage(buffer, header.Mode, header.Width, header.Height, header.RowBytes, pixels);
    }

    private static async Task<bool> SendBufferImageAsync(SocketConnection connection, PutImageRequest request, ReadOnlyMemory<byte> pixels, CancellationToken cancellationToken)
    {
        await connection.SendAsync(request.Encode(), cancellationToken).ConfigureAwait(false);
        var ack = await connection.ReceivePacketAsync(cancellationToken).ConfigureAwait(false);
        ControlPackets.ThrowIfErrorReply(ack, "PutImageInBuffer");
        if (ack.Length != 8)
        {
            throw new SerialEmProtocolException($"PutImageInBuffer acknowledgement must be 8 bytes, got {ack.Length}.");
        }

        var offset = 0;
        foreach (var size in ImageChunking.ChunkSizes(request.ByteCount, request.ChunkCount))
        {
            await connection.SendAsync(pixels.Slice(offset, size), cancellationToken).ConfigureAwait(false);
            offset += size;
        }

        return true;
    }

    private static void ValidateArguments(SerialEmCommand command, IReadOnlyList<WireValue> arguments)
    {
        if (arguments.Count < command.RequiredArgumentCount || arguments.Count > command.MaximumArgumentCount)
        {
            throw new ArgumentException(
                $"{command.Name} takes {command.RequiredArgumentCount}..{command.MaximumArgumentCount} arguments (keys '{command.Keys}'); got {arguments.Count}.",
                nameof(arguments));
        }

        for (var i = 0; i < arguments.Count; i++)
        {
            if (command.IsStringArgument(i) != arguments[i].IsString)
            {
                throw new ArgumentException(
                    $"{command.Name} argument {i + 1} must be a {(command.IsStringArgument(i) ? "string" : "number")} (keys '{command.Keys}').", nameof(arguments));
            }
        }
    }
}
