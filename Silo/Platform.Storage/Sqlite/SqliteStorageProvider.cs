using Platform.Runtime.Indexing;
using Platform.Storage.Indexing;
using Platform.Storage.Notifications;

namespace Platform.Storage.Sqlite;

/// <summary>
/// The embedded storage backend: one SQLite file in WAL mode with synchronous=FULL, one serialized writer and
/// concurrent readers. Notifications stay in this process. Open with <see cref="OpenAsync"/>.
/// </summary>
public sealed class SqliteStorageProvider : IStorageProvider
{
    private readonly SqliteConnectionPool _pool;
    private readonly IndexCatalog _catalog;
    private readonly IndexSqlBuilder _builder;
    private readonly NotificationHub _hub;

    private SqliteStorageProvider(SqliteConnectionPool pool, string nodeId, TimeProvider time)
    {
        _pool = pool;
        NodeId = nodeId;
        _catalog = new IndexCatalog();
        _builder = new IndexSqlBuilder(SqliteDialect.Instance);
        _hub = new NotificationHub();
        var streams = new SqliteStreamStore(pool, _hub, nodeId, time);
        Streams = streams;
        Grains = new SqliteGrainStorage(pool, new SqliteIndexWriter(_catalog, _builder), _hub, nodeId, time);
        Reminders = new SqliteReminderTable(pool);
        Indexes = new SqliteIndexReader(pool, _catalog, _builder);
    }

    public string NodeId { get; }

    public IGrainStorage Grains { get; }

    public IStreamStore Streams { get; }

    public IReminderTable Reminders { get; }

    public IIndexReader Indexes { get; }

    public IStorageNotifications Notifications => _hub;

    /// <summary>Errors from background work that has no caller to throw to: notification handlers that threw.</summary>
    public event Action<Exception>? BackgroundError
    {
        add => _hub.HandlerFailed += value;
        remove => _hub.HandlerFailed -= value;
    }

    /// <summary>
    /// Opens (creating if needed) the database at <paramref name="databasePath"/> and its base tables.
    /// A file that is not a SQLite database fails with <see cref="SqliteException"/>.
    /// </summary>
    public static async Task<SqliteStorageProvider> OpenAsync(string databasePath, string nodeId, TimeProvider time, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(databasePath);
        StorageKeys.ValidateNodeId(nodeId);
        ArgumentNullException.ThrowIfNull(time);
        var pool = new SqliteConnectionPool(databasePath);
        try
        {
            await pool.WriteAsync(connection =>
            {
                SqliteSchema.CreateBaseTables(connection);
                return true;
            }, cancellationToken).ConfigureAwait(false);
            return new SqliteStorageProvider(pool, nodeId, time);
        }
        catch
        {
            pool.Dispose();
            throw;
        }
    }

    public async Task InitializeAsync(IReadOnlyList<IndexTable> indexTables, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(indexTables);
        var candidate = new IndexCatalog();
        candidate.Register(indexTables);
        await _pool.WriteAsync(connection =>
        {
            using var transaction = connection.BeginImmediate();
            SqliteSchema.CreateBaseTables(connection);
            foreach (var table in indexTables)
            {
                SqliteSchema.CreateIndexTable(connection, _builder, table);
            }

            transaction.Commit();
            return true;
        }, cancellationToken).ConfigureAwait(false);
        _catalog.Register(indexTables);
    }

    public async ValueTask DisposeAsync()
    {
        await _hub.DisposeAsync().ConfigureAwait(false);
        _pool.Dispose();
    }
}
