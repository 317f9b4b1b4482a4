namespace Platform.Storage;

/// <summary>
/// Something committed in storage, told to every node (in process for SQLite; LISTEN/NOTIFY for PostgreSQL),
/// with the node that made the change so a node can ignore its own echo.
/// </summary>
public abstract record StorageNotification(string OriginNodeId);

/// <summary>A grain's record changed: other nodes drop their activation so the next call re-reads it.</summary>
public sealed record GrainStateChanged(string OriginNodeId, GrainStateKey Key, string? ETag) : StorageNotification(OriginNodeId);

/// <summary>A stream got events up to <see cref="LastSequence"/>: subscribers on every node read and deliver them.</summary>
public sealed record StreamAppended(string OriginNodeId, string Namespace, string Key, long LastSequence) : StorageNotification(OriginNodeId);
