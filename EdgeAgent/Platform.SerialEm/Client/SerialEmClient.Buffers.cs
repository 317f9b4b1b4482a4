using Platform.SerialEm.Protocol;

namespace Platform.SerialEm.Client;

/// <summary>Image transfer over the socket: GetBufferImage (chunked, with handshakes) and PutImageInBuffer (chunked, no handshakes).</summary>
public sealed partial class SerialEmClient
{
    /// <summary>Reads the image in <paramref name="buffer"/>; null when the buffer is empty.</summary>
    public Task<BufferImage?> GetBufferImageAsync(BufferSlot buffer, CancellationToken cancellationToken = default) =>
        ExchangeAsync($"GetBufferImage({buffer})", true, _options.Timeouts.ImageTransfer,
            (connection, token) => ReceiveBufferImageAsync(connection, buffer, token), cancellationToken);

    /// <summary>Puts a float32 image into a main buffer (as the module's PutImageInBuffer(array, 'T', sx, sy, 'A')).</summary>
    public Task PutImageInBufferAsync(float[] pixels, int width, int height, BufferSlot toBuffer, BufferSlot baseBuffer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pixels);
        if ((long)width * height != pixels.Length || width <= 0 || height <= 0)
        {
            throw new ArgumentException($"{pixels.Length} pixels do not make a {width}x{height} image.", nameof(pixels));
        }

        if (toBuffer.IsFft || baseBuffer.IsFft)
        {
            throw new ArgumentException("Images can only be put into main buffers (A..T).", nameof(toBuffer));
        }

        var bytes = new byte[pixels.Length * sizeof(float)];
        Buffer.BlockCopy(pixels, 0, bytes, 0, bytes.Length);
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("The SerialEM wire format is little-endian.");
        }

        var request = new PutImageRequest(PixelMode.Float32, width, height, bytes.Length, toBuffer.Index, baseBuffer.Index, 1,
            PutImageRequest.BufferProcessed, ImageChunking.ChunkCount(bytes.Length, ImageChunking.ClientChunkLimitBytes));
        return ExchangeAsync($"PutImageInBuffer({toBuffer})", true, _options.Timeouts.ImageTransfer,
            (connection, token) => SendBufferImageAsync(connection, request, bytes, token), cancellationToken);
    }
}
