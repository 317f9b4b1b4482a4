using Platform.Storage;

namespace Platform.Silo.Runtime.Streams;

/// <summary>What a listener is told: an event it can use directly, or only that the stream reached a sequence.</summary>
internal readonly record struct StreamSignal(StoredStreamEvent? Event, long LastSequence);
