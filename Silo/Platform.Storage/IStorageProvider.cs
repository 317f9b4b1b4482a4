using Platform.Runtime.Indexing;

namespace Platform.Storage;

/// <summary>
/// One storage backend (embedded SQLite or PostgreSQL) with every durable part the Silo uses.
/// <see cref="InitializeAsync"/> creates or migrates the schema, including the declared index tables,
/// and must be safe to run concurrently from several nodes.
/// </summary>
public interface IStorageProvider : IAsyncDisposable
{
    /// <summary>This node's id, used as the origin of notifications and the owner of reminder leases.</summary>
    string NodeId { get; }

    IGrainStorage Grains { get; }

    IStreamStore Streams { get; }

    IReminderTable Reminders { get; }

    IIndexReader Indexes { get; }

    IStorageNotifications Notifications { get; }

    Task InitializeAsync(IReadOnlyList<IndexTable> indexTables, CancellationToken cancellationToken = default);
}
