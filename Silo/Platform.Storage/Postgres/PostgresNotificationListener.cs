using Npgsql;
using Platform.Storage.Notifications;

namespace Platform.Storage.Postgres;

/// <summary>
/// Holds one LISTEN connection and turns NOTIFY payloads into <see cref="StorageNotification"/>s on the hub.
/// A dropped connection is re-opened with exponential backoff (0.1 s doubling to 5 s); notifications sent
/// while it was down are lost, which the storage contract allows (ETags and stream re-reads keep correctness).
/// </summary>
internal sealed class PostgresNotificationListener : IAsyncDisposable
{
    private static readonly TimeSpan _firstBackoff = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan _maxBackoff = TimeSpan.FromSeconds(5);

    private readonly NpgsqlDataSource _dataSource;
    private readonly NotificationHub _hub;
    private readonly TimeProvider _time;
    private readonly CancellationTokenSource _stopping = new();
    private readonly TaskCompletionSource _firstListen = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task _loop = Task.CompletedTask;
    private int _processId;

    public PostgresNotificationListener(NpgsqlDataSource dataSource, NotificationHub hub, TimeProvider time)
    {
        _dataSource = dataSource;
        _hub = hub;
        _time = time;
    }

    /// <summary>Raised with the backend process id each time LISTEN is (re-)established.</summary>
    public event Action<int>? Listening;

    /// <summary>Raised when the LISTEN connection fails or a payload cannot be parsed.</summary>
    public event Action<Exception>? Faulted;

    /// <summary>The backend process id of the current LISTEN connection; 0 while disconnected.</summary>
    public int ProcessId => Volatile.Read(ref _processId);

    /// <summary>Starts the loop and returns once the first LISTEN is active.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _loop = Task.Run(() => RunAsync(_stopping.Token), CancellationToken.None);
        await _firstListen.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        await _loop.ConfigureAwait(false);
        _stopping.Dispose();
    }

    private async Task RunAsync(CancellationToken stopping)
    {
        var backoff = _firstBackoff;
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                await using var connection = await _dataSource.OpenConnectionAsync(stopping).ConfigureAwait(false);
                connection.Notification += OnNotification;
                await using (var listen = new NpgsqlCommand($"LISTEN {NotificationPayload.Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stopping).ConfigureAwait(false);
                }

                backoff = _firstBackoff;
                Volatile.Write(ref _processId, connection.ProcessID);
                _firstListen.TrySetResult();
                Listening?.Invoke(connection.ProcessID);
                while (true)
                {
                    await connection.WaitAsync(stopping).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                break;
            }
            catch (Exception exception)
            {
                // Whatever broke the connection (server restart, network, a throwing Listening handler), the
                // loop must live on: report it and reconnect.
                Volatile.Write(ref _processId, 0);
                Faulted?.Invoke(exception);
            }

            try
            {
                await Task.Delay(backoff, _time, stopping).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }

            backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, _maxBackoff.Ticks));
        }

        _firstListen.TrySetCanceled(stopping);
    }

    private void OnNotification(object sender, NpgsqlNotificationEventArgs e)
    {
        try
        {
            _hub.Publish(NotificationPayload.Decode(e.Payload));
        }
        catch (FormatException exception)
        {
            Faulted?.Invoke(exception);
        }
    }
}
