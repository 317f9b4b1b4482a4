using Npgsql;
using Platform.Runtime.Indexing;
using Platform.Storage.Indexing;
using Platform.Storage.Notifications;

namespace Platform.Storage.Postgres;

/// <summary>
/// The shared storage backend for several Silo nodes: PostgreSQL through one <see cref="NpgsqlDataSource"/>,
/// with commit notifications from every node over LISTEN/NOTIFY. Open with <see cref="OpenAsync"/>.
/// </summary>
public sealed class PostgresStorageProvider : IStorageProvider
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly IndexCatalog _catalog = new();
    private readonly IndexSqlBuilder _builder = new(PostgresDialect.Instance);
    private readonly NotificationHub _hub = new();
    private readonly PostgresNotificationListener _listener;

    private PostgresStorageProvider(NpgsqlDataSource dataSource, string nodeId, TimeProvider time)
    {
        _dataSource = dataSource;
        NodeId = nodeId;
        Grains = new PostgresGrainStorage(dataSource, new PostgresIndexWriter(_catalog, _builder), nodeId, time);
        Streams = new PostgresStreamStore(dataSource, nodeId, time);
        Reminders = new PostgresReminderTable(dataSource);
        Indexes = new PostgresIndexReader(dataSource, _catalog, _builder);
        _listener = new PostgresNotificationListener(dataSource, _hub, time);
    }

    public string NodeId { get; }

    public IGrainStorage Grains { get; }

    public IStreamStore Streams { get; }

    public IReminderTable Reminders { get; }

    public IIndexReader Indexes { get; }

    public IStorageNotifications Notifications => _hub;

    /// <summary>
    /// Errors from background work that has no caller to throw to: notification handlers that threw, a dropped
    /// LISTEN connection (it is re-opened), and NOTIFY payloads on our channel that are not ours.
    /// </summary>
    public event Action<Exception>? BackgroundError
    {
        add
        {
            _hub.HandlerFailed += value;
            _listener.Faulted += value;
        }

        remove
        {
            _hub.HandlerFailed -= value;
            _listener.Faulted -= value;
        }
    }

    /// <summary>The backend process id of this provider's LISTEN connection (0 while it reconnects).</summary>
    public int ListenerProcessId => _listener.ProcessId;

    /// <summary>Raised with the backend process id each time the LISTEN connection is (re-)established.</summary>
    public event Action<int>? ListenerConnected
    {
        add => _listener.Listening += value;
        remove => _listener.Listening -= value;
    }

    /// <summary>
    /// Connects, creates the base schema (safe when several nodes start at once) and starts listening for
    /// notifications; returns once LISTEN is active.
    /// </summary>
    public static async Task<PostgresStorageProvider> OpenAsync(string connectionString, string nodeId, TimeProvider time, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(connectionString);
        StorageKeys.ValidateNodeId(nodeId);
        ArgumentNullException.ThrowIfNull(time);
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        // Keepalives let the LISTEN connection notice a silently dropped network; auto-prepare saves parsing on hot statements.
        if (builder.ConnectionStringBuilder.KeepAlive == 0)
        {
            builder.ConnectionStringBuilder.KeepAlive = 15;
        }

        if (builder.ConnectionStringBuilder.MaxAutoPrepare == 0)
        {
            builder.ConnectionStringBuilder.MaxAutoPrepare = 64;
        }

        var dataSource = builder.Build();
        var provider = new PostgresStorageProvider(dataSource, nodeId, time);
        try
        {
            await PostgresSchema.CreateAsync(dataSource, provider._builder, [], cancellationToken).ConfigureAwait(false);
            await provider._listener.StartAsync(cancellationToken).ConfigureAwait(false);
            return provider;
        }
        catch
        {
            await provider.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async Task InitializeAsync(IReadOnlyList<IndexTable> indexTables, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(indexTables);
        new IndexCatalog().Register(indexTables);
        await PostgresSchema.CreateAsync(_dataSource, _builder, indexTables, cancellationToken).ConfigureAwait(false);
        _catalog.Register(indexTables);
    }

    public async ValueTask DisposeAsync()
    {
        await _listener.DisposeAsync().ConfigureAwait(false);
        await _hub.DisposeAsync().ConfigureAwait(false);
        await _dataSource.DisposeAsync().ConfigureAwait(false);
    }
}
