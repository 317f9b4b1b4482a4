using System.Net;
using System.Net.Sockets;
using Platform.MicroscopeSimulator.Commands;
using Platform.MicroscopeSimulator.Faults;

namespace Platform.MicroscopeSimulator.Serving;

/// <summary>
/// A TCP server speaking SerialEM's external-control protocol (reference §1.11) in front of a <see cref="SimulatedMicroscope"/>.
/// One client at a time: a new connection replaces the old one. Control API: <see cref="Faults"/>, <see cref="PressStop"/>, <see cref="Busy"/>.
/// </summary>
public sealed partial class SimulatorServer : IAsyncDisposable
{
    private readonly SimulatorOptions _options;
    private readonly TcpListener _listener;
    private readonly CancellationTokenSource _shutdown = new();
    private readonly object _lock = new();
    private readonly List<string> _executed = [];
    private Task _acceptLoop = Task.CompletedTask;
    private Task _currentConnection = Task.CompletedTask;
    private CancellationTokenSource? _connectionCancel;
    private CancellationTokenSource? _runningCommand;
    private bool _stopPressedDuringCommand;
    private bool _stopPending;
    private bool _disposed;

    public SimulatorServer(SimulatorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        Microscope = new SimulatedMicroscope(options);
        Faults = new FaultPlan(options.Faults);
        _listener = new TcpListener(IPAddress.Loopback, options.Port);
    }

    public SimulatedMicroscope Microscope { get; }

    /// <summary>Request/reply timestamps of every exchange, when enabled (benchmarks).</summary>
    public ExchangeTimeline Timeline { get; } = new();

    /// <summary>Scripted faults; add to it at any time.</summary>
    public FaultPlan Faults { get; }

    /// <summary>The bound port (useful when the options asked for 0).</summary>
    public int Port { get; private set; }

    /// <summary>When true, OKtoRun answers false and commands arriving without external control get [8][−9].</summary>
    public bool Busy { get; set; }

    public int ConnectionsAccepted { get; private set; }

    /// <summary>Raised when a command starts executing (after faults that refuse it); <see cref="PressStop"/> from here interrupts it.</summary>
    public event Action<string>? CommandStarted;

    /// <summary>Raised when a command ends: true when it replied, false when it was aborted because the client left or was replaced.</summary>
    public event Action<string, bool>? CommandEnded;

    /// <summary>Raised when a client connection has been accepted (any previous one is closed by then).</summary>
    public event Action<int>? ClientConnected;

    /// <summary>Names of the commands executed so far, in order.</summary>
    public IReadOnlyList<string> ExecutedCommands
    {
        get
        {
            lock (_lock)
            {
                return [.. _executed];
            }
        }
    }

    public void Start()
    {
        _listener.Start(backlog: 2);
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _acceptLoop = AcceptLoopAsync(_shutdown.Token);
    }

    /// <summary>
    /// The user presses STOP in SerialEM: a running command ends with errorOccurred −234561; if none is running, the next
    /// command is refused once with [8][−10]. Either way external control ends.
    /// </summary>
    public void PressStop()
    {
        lock (_lock)
        {
            if (_runningCommand is { } running)
            {
                _stopPressedDuringCommand = true;
                running.Cancel();
            }
            else
            {
                _stopPending = true;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        await _shutdown.CancelAsync().ConfigureAwait(false);
        _listener.Stop();
        try
        {
            await _acceptLoop.ConfigureAwait(false);
            await _currentConnection.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // shutting down
        }

        _connectionCancel?.Dispose();
        _shutdown.Dispose();
    }

    private async Task AcceptLoopAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }

            // SerialEM closes the existing client when a new one arrives (§1.1); wait for it to wind down so state has one writer.
            if (_connectionCancel is { } previous)
            {
                await previous.CancelAsync().ConfigureAwait(false);
            }

            try
            {
                await _currentConnection.ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // One broken connection must not stop the simulator accepting the next.
                Console.Error.WriteLine($"SerialEM simulator: connection ended with {ex.GetType().Name}: {ex.Message}");
            }

            _connectionCancel?.Dispose();
            ConnectionsAccepted++;
            ClientConnected?.Invoke(ConnectionsAccepted);
            var cancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            _connectionCancel = cancel;
            _currentConnection = ServeConnectionAsync(client, cancel);
        }
    }

    private void Record(string command)
    {
        lock (_lock)
        {
            _executed.Add(command);
        }
    }
}
