namespace Platform.Storage;

/// <summary>An event to append to the durable stream <c>Namespace/Key</c> in the same transaction as a state write.</summary>
public sealed record StreamAppend(string Namespace, string Key, ReadOnlyMemory<byte> Payload);
