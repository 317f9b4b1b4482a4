using System.Buffers.Binary;
using System.Net.Sockets;
using Platform.MicroscopeSimulator.Hardware;
using Platform.SerialEm.Errors;
using Platform.SerialEm.Protocol;

namespace Platform.MicroscopeSimulator.Serving;

/// <summary>Image transfer: GetBufferImage with chunk handshakes, PutImageInBuffer without (reference §1.7).</summary>
public sealed partial class SimulatorServer
{
    private async Task<bool> ServeGetBufferImageAsync(NetworkStream stream, byte[] packet, CancellationToken cancellationToken)
    {
        GetBufferImageRequest request;
        try
        {
            request = GetBufferImageRequest.Decode(packet);
        }
        catch (SerialEmProtocolException ex)
        {
            await stream.WriteAsync(ControlPackets.StatusReply(ex.ReturnCode ?? ProtocolReturnCode.LengthMismatch), cancellationToken).ConfigureAwait(false);
            return true;
        }

        var image = request.Buffer.IsFft ? null : Microscope.Buffers[request.Buffer.Index];
        if (image is null)
        {
            await stream.WriteAsync(BufferImageHeader.Empty.Encode(), cancellationToken).ConfigureAwait(false);
            return true;
        }

        var bytes = new byte[image.Pixels.Length * sizeof(float)];
        Buffer.BlockCopy(image.Pixels, 0, bytes, 0, bytes.Length);
        var chunks = ImageChunking.ChunkCount(bytes.Length, _options.ImageChunkBytes);
        var header = new BufferImageHeader(PixelMode.Float32, image.Width * sizeof(float), image.Width, image.Height, bytes.Length, chunks);
        await stream.WriteAsync(header.Encode(), cancellationToken).ConfigureAwait(false);
        var offset = 0;
        var sizes = ImageChunking.ChunkSizes(bytes.Length, chunks);
        for (var i = 0; i < sizes.Count; i++)
        {
            if (i > 0 && !await AwaitHandshakeAsync(stream, sizes[i], cancellationToken).ConfigureAwait(false))
            {
                return false;
            }

            await stream.WriteAsync(bytes.AsMemory(offset, sizes[i]), cancellationToken).ConfigureAwait(false);
            offset += sizes[i];
        }

        return true;
    }

    /// <summary>Waits for exactly [8][2]; SerialEM gives up after about chunkBytes / 5 µs (at least 2 s here).</summary>
    private async Task<bool> AwaitHandshakeAsync(NetworkStream stream, int chunkBytes, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromMilliseconds(Math.Max(2000, chunkBytes / 5000.0)));
        var handshake = new byte[8];
        try
        {
            await PacketFraming.ReadExactlyAsync(stream, handshake, timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }

        return ControlPackets.IsChunkHandshake(handshake);
    }

    private async Task<bool> ServePutImageAsync(NetworkStream stream, byte[] packet, CancellationToken cancellationToken)
    {
        PutImageRequest request;
        try
        {
            request = PutImageRequest.Decode(packet, int.MaxValue);
        }
        catch (SerialEmProtocolException ex)
        {
            // The raw bytes that would follow cannot be skipped reliably: answer and close.
            await stream.WriteAsync(ControlPackets.StatusReply(ex.ReturnCode ?? ProtocolReturnCode.LengthMismatch), cancellationToken).ConfigureAwait(false);
            return false;
        }

        await stream.WriteAsync(ControlPackets.StatusReply(ProtocolReturnCode.Ok), cancellationToken).ConfigureAwait(false);
        var bytes = new byte[request.ByteCount];
        await PacketFraming.ReadExactlyAsync(stream, bytes, cancellationToken).ConfigureAwait(false);
        var pixels = ToFloats(bytes, request.Mode, request.Width * request.Height);
        var basePixelMicrons = Microscope.Buffers[request.BaseBuffer]?.PixelSizeMicrons ?? 0;
        Microscope.Buffers.Put(request.ToBuffer, new BufferedImage(request.Width, request.Height, pixels, basePixelMicrons, 0, null));
        return true;
    }

    private static float[] ToFloats(byte[] bytes, PixelMode mode, int count)
    {
        var bpp = BufferImageHeader.BytesPerPixel(mode);
        var result = new float[count];
        for (var i = 0; i < count; i++)
        {
            var p = bytes.AsSpan(i * bpp, bpp);
            result[i] = mode switch
            {
                PixelMode.Byte => p[0],
                PixelMode.Int16 => BinaryPrimitives.ReadInt16LittleEndian(p),
                PixelMode.UInt16 => BinaryPrimitives.ReadUInt16LittleEndian(p),
                PixelMode.Float32 => BinaryPrimitives.ReadSingleLittleEndian(p),
                _ => (p[0] + p[1] + p[2]) / 3f,
            };
        }

        return result;
    }
}
