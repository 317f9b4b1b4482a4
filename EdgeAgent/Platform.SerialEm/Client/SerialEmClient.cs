using System.Net.Sockets;
using Platform.SerialEm.Commands;
using Platform.SerialEm.Errors;
using Platform.SerialEm.Protocol;

namespace Platform.SerialEm.Client;

/// <summary>
/// Drives SerialEM (or the simulator) over its external-control socket: one request at a time, typed errors,
/// per-kind time limits, and reconnects that never silently re-send a command that moves, exposes or changes relatively.
/// </summary>
public sealed partial class SerialEmClient : IAsyncDisposable
{
    private readonly SerialEmClientOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private SocketConnection? _connection;
    private bool _everConnected;
    private volatile bool _disposed;

    public SerialEmClient(SerialEmClientOptions options, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <summary>Number of TCP connections opened so far (observability for reconnect behaviour).</summary>
    public int ConnectionsOpened { get; private set; }

    /// <summary>Runs any command of the table by name with the given arguments.</summary>
    public Task<CommandResult> CallAsync(string command, IReadOnlyList<WireValue> arguments, CancellationToken cancellationToken = default) =>
        CallAsync(CommandTable.ByName(command), arguments, cancellationToken);

    /// <summary>Runs a script command; arguments are checked against its keys before anything is sent.</summary>
    public Task<CommandResult> CallAsync(SerialEmCommand command, IReadOnlyList<WireValue> arguments, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(arguments);
        ValidateArguments(command, arguments);
        var request = new RegularCommandRequest(command.Index, arguments).Encode();
        return ExchangeAsync(command.Name, command.IsSafeToResend, _options.Timeouts.For(command.Kind),
            (connection, token) => RunRegularCommandAsync(connection, command.Name, request, token), cancellationToken);
    }

    /// <summary>Sends OKtoRunExternalScript now; true when SerialEM accepted external control.</summary>
    public Task<bool> IsOkToRunAsync(CancellationToken cancellationToken = default) =>
        ExchangeAsync("OKtoRunExternalScript", true, _options.Timeouts.Report, AskOkToRunAsync, cancellationToken);

    /// <summary>Closes the connection without ending external control first (SerialEM aborts the external script).</summary>
    public async Task CloseAsync()
    {
        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            DropConnection();
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Closes the socket at once, even mid-command (the in-flight call fails with a connection-lost error and is not retried).</summary>
    public ValueTask DisposeAsync()
    {
        _disposed = true;
        // Not under the gate: an hour-long Montage must not hold up disposal. The semaphore is left undisposed on purpose so the
        // in-flight call can still release it.
        Interlocked.Exchange(ref _connection, null)?.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task<T> ExchangeAsync<T>(
        string name, bool safeToResend, TimeSpan timeout, Func<SocketConnection, CancellationToken, Task<T>> exchange, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            for (var attempt = 0; ; attempt++)
            {
                SocketConnection? connection = null;
                using var timeoutSource = new CancellationTokenSource(timeout, _timeProvider);
                using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeoutSource.Token);
                try
                {
                    connection = await EnsureConnectedAsync(name, linked.Token).ConfigureAwait(false);
                    connection.BeginRequest();
                    return await exchange(connection, linked.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (timeoutSource.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
                {
                    DropConnection();
                    throw new SerialEmTimeoutException(name, timeout);
                }
                catch (OperationCanceledException)
                {
                    // Nothing on the wire cancels a command; closing the socket makes SerialEM abort the external script (§1.8).
                    DropConnection();
                    throw;
                }
                catch (Exception ex) when (ex is IOException or SocketException or ObjectDisposedException)
                {
                    var mayHaveRun = connection?.RequestSent ?? false;
                    DropConnection();
                    if (attempt == 0 && !_disposed && (safeToResend || !mayHaveRun))
                    {
                        continue;
                    }

                    throw new SerialEmConnectionLostException(name, mayHaveRun, ex);
                }
                catch (SerialEmProtocolException)
                {
                    DropConnection();
                    throw;
                }
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<SocketConnection> EnsureConnectedAsync(string name, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_connection is not null && _connection.PeerClosedWhileIdle())
        {
            DropConnection();
        }

        if (_connection is not null && _connection.UnsolicitedBytes > 0)
        {
            DropConnection();
            throw new SerialEmProtocolException($"SerialEM sent {name} unsolicited bytes while no request was outstanding; the connection was reset.");
        }

        if (_connection is not null)
        {
            return _connection;
        }

        try
        {
            _connection = await SocketConnection.OpenAsync(_options, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is SocketException or IOException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new SerialEmConnectionLostException(name, commandMayHaveRun: false, ex);
        }

        ConnectionsOpened++;
        var connection = _connection;
        if (!_everConnected && _options.CheckOkToRunOnFirstConnect)
        {
            // Only the first connection asks: after a quick reconnect SerialEM may still hold our external control and would say "busy" (§1.6).
            if (!await AskOkToRunAsync(connection, cancellationToken).ConfigureAwait(false))
            {
                DropConnection();
                throw new SerialEmBusyException("SerialEM is busy and not ready to run a script (OKtoRunExternalScript answered false).");
            }
        }

        _everConnected = true;
        return connection;
    }

    private static async Task<bool> AskOkToRunAsync(SocketConnection connection, CancellationToken cancellationToken)
    {
        await connection.SendAsync(ControlPackets.OkToRunRequest(), cancellationToken).ConfigureAwait(false);
        var reply = await connection.ReceivePacketAsync(cancellationToken).ConfigureAwait(false);
        return ControlPackets.ParseOkToRunReply(reply);
    }

    private void DropConnection() => Interlocked.Exchange(ref _connection, null)?.Dispose();
}
