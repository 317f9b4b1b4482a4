using System.Text.Json;

namespace Platform.Runtime.Streams;

/// <summary>An event to publish on a stream, serialised as the stream's item type <c>T</c> (so subscribers of <c>T</c> can read it).</summary>
public sealed class StreamEvent
{
    private StreamEvent(StreamId stream, byte[] payload)
    {
        Stream = stream;
        Payload = payload;
    }

    public StreamId Stream { get; }

    public ReadOnlyMemory<byte> Payload { get; }

    public static StreamEvent Create<T>(StreamId stream, T item, JsonSerializerOptions options) =>
        new(stream, JsonSerializer.SerializeToUtf8Bytes(item, options));
}
