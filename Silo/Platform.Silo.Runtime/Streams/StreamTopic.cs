using System.Threading.Channels;
using Platform.Storage;

namespace Platform.Silo.Runtime.Streams;

/// <summary>The live listeners of one stream on this node.</summary>
internal sealed class StreamTopic
{
    private readonly Lock _lock = new();
    private Channel<StreamSignal>[] _listeners = [];

    public Channel<StreamSignal> Listen()
    {
        var channel = Channel.CreateUnbounded<StreamSignal>(new UnboundedChannelOptions { SingleReader = true });
        lock (_lock)
        {
            _listeners = [.. _listeners, channel];
        }

        return channel;
    }

    public void Unlisten(Channel<StreamSignal> channel)
    {
        lock (_lock)
        {
            _listeners = [.. _listeners.Where(c => c != channel)];
        }
    }

    /// <summary>An event committed on this node: hand it over directly.</summary>
    public void Offer(StoredStreamEvent stored) => Send(new StreamSignal(stored, stored.Sequence));

    /// <summary>Events up to <paramref name="lastSequence"/> were committed elsewhere: listeners read them from storage.</summary>
    public void Poke(long lastSequence) => Send(new StreamSignal(null, lastSequence));

    private void Send(StreamSignal signal)
    {
        foreach (var listener in Volatile.Read(ref _listeners))
        {
            listener.Writer.TryWrite(signal);
        }
    }
}
