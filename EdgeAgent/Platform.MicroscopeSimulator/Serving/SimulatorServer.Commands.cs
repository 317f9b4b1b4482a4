using System.Buffers.Binary;
using System.Net.Sockets;
using Platform.MicroscopeSimulator.Commands;
using Platform.MicroscopeSimulator.Faults;
using Platform.SerialEm.Commands;
using Platform.SerialEm.Errors;
using Platform.SerialEm.Protocol;

namespace Platform.MicroscopeSimulator.Serving;

/// <summary>RegularCommand handling: index and argument checks, scripted faults, STOP, Exit and the reply.</summary>
public sealed partial class SimulatorServer
{
    private async Task<bool> ServeRegularCommandAsync(NetworkStream stream, ConnectionSession session, byte[] packet, CancellationToken cancellationToken)
    {
        RegularCommandRequest request;
        try
        {
            request = RegularCommandRequest.Decode(packet);
        }
        catch (SerialEmProtocolException ex)
        {
            await stream.WriteAsync(ControlPackets.StatusReply(ex.ReturnCode ?? ProtocolReturnCode.LengthMismatch), cancellationToken).ConfigureAwait(false);
            return true;
        }

        if (!CommandTable.TryGetByIndex(request.CommandIndex, out var command) || !Microscope.Supports(command) && command.Kind != CommandKind.Exit)
        {
            var message = request.CommandIndex < 0 || request.CommandIndex >= SimulatedMicroscope.SimulatedCommandCount
                ? "External script interpreter passed an out-of-bounds function code"
                : $"Command index {request.CommandIndex} is not available in the SerialEM simulator";
            await stream.WriteAsync(RegularCommandReply.Failure(message).Encode(), cancellationToken).ConfigureAwait(false);
            return true;
        }

        if (request.Arguments.Count < command.RequiredArgumentCount)
        {
            await stream.WriteAsync(RegularCommandReply.Failure($"{command.Name} needs at least {command.RequiredArgumentCount} arguments").Encode(), cancellationToken).ConfigureAwait(false);
            return true;
        }

        session.LastCommand = command.Name;
        var fault = Faults.TakeFor(command.Name);
        switch (fault?.Kind)
        {
            case FaultKind.CommandError:
                await stream.WriteAsync(RegularCommandReply.Failure(fault.Message).Encode(), cancellationToken).ConfigureAwait(false);
                return true;
            case FaultKind.Busy:
                await stream.WriteAsync(ControlPackets.StatusReply(ProtocolReturnCode.Busy), cancellationToken).ConfigureAwait(false);
                return true;
            case FaultKind.OversizedLength:
                var huge = new byte[4];
                BinaryPrimitives.WriteInt32LittleEndian(huge, int.MaxValue);
                await stream.WriteAsync(huge, cancellationToken).ConfigureAwait(false);
                return true;
            case FaultKind.SlowReply:
                await Task.Delay(fault.Delay, _options.TimeProvider, cancellationToken).ConfigureAwait(false);
                break;
        }

        Record(command.Name);
        RegularCommandReply reply;
        if (command.Kind == CommandKind.Exit)
        {
            reply = ExitReply(session, new CommandArguments(request.Arguments), command.Name);
        }
        else
        {
            // SerialEM aborts the external script when the client disconnects mid-command (§1.8): watch for that while it runs.
            using var clientGone = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            using var watching = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var watcher = WatchForDisconnectAsync(stream.Socket, clientGone, watching.Token);
            try
            {
                reply = await RunAsync(command, new CommandArguments(request.Arguments), fault?.Kind == FaultKind.UserStop, session, clientGone.Token).ConfigureAwait(false);
                CommandEnded?.Invoke(command.Name, true);
            }
            catch (OperationCanceledException)
            {
                CommandEnded?.Invoke(command.Name, false);
                throw;
            }
            finally
            {
                await watching.CancelAsync().ConfigureAwait(false);
                await watcher.ConfigureAwait(false);
            }
        }
        if (fault?.Kind == FaultKind.DropConnection)
        {
            return false;
        }

        var bytes = reply.Encode();
        if (fault?.Kind == FaultKind.MalformedReply)
        {
            // Claim one more array word than was sent: N no longer equals 20 + 4·L′.
            BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(16), BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(16)) + 1);
        }

        await stream.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
        return true;
    }

    private async Task<RegularCommandReply> RunAsync(SerialEmCommand command, CommandArguments arguments, bool injectStop, ConnectionSession session, CancellationToken cancellationToken)
    {
        using var running = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        lock (_lock)
        {
            _runningCommand = running;
            _stopPressedDuringCommand = false;
        }

        CommandStarted?.Invoke(command.Name);

        try
        {
            if (injectStop)
            {
                await Microscope.DelayAsync(Microscope.BaseDelaySeconds(command.Kind) / 2, running.Token).ConfigureAwait(false);
                return StopReply(session);
            }

            return RegularCommandReply.Success(await Microscope.ExecuteAsync(command, arguments, running.Token).ConfigureAwait(false));
        }
        catch (SimulatedCommandException ex)
        {
            return RegularCommandReply.Failure(ex.Message);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A disk or rendering failure is the command's failure, as in SerialEM; it must not look like a network error.
            return RegularCommandReply.Failure($"{command.Name} failed in the simulator: {ex.Message}");
        }
        catch (OperationCanceledException) when (_stopPressedDuringCommand && !cancellationToken.IsCancellationRequested)
        {
            return StopReply(session);
        }
        finally
        {
            lock (_lock)
            {
                _runningCommand = null;
            }
        }
    }

    /// <summary>Peeks (without consuming) until the client closes; then cancels <paramref name="clientGone"/>. Pipelined bytes just end the watch.</summary>
    private static async Task WatchForDisconnectAsync(Socket socket, CancellationTokenSource clientGone, CancellationToken cancellationToken)
    {
        var probe = new byte[1];
        try
        {
            if (await socket.ReceiveAsync(probe, SocketFlags.Peek, cancellationToken).ConfigureAwait(false) == 0)
            {
                await clientGone.CancelAsync().ConfigureAwait(false);
            }
        }
        catch (SocketException)
        {
            await clientGone.CancelAsync().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException)
        {
            // the command finished first, or the connection is being torn down
        }
    }

    private static RegularCommandReply StopReply(ConnectionSession session)
    {
        session.ExternalControl = false;
        return new RegularCommandReply((int)ScriptErrorCode.UserStop, []);
    }

    /// <summary>Exit / Exit(0) raise in the module (SCRIPT_NORMAL_EXIT); Exit(n≠0) returns quietly (SCRIPT_EXIT_NO_EXC). Both end external control.</summary>
    private RegularCommandReply ExitReply(ConnectionSession session, CommandArguments arguments, string name)
    {
        CommandStarted?.Invoke(name);
        session.ExternalControl = false;
        var code = arguments.Has(0) && arguments.Integer(0) != 0 ? ScriptErrorCode.ExitWithoutException : ScriptErrorCode.NormalExit;
        return new RegularCommandReply((int)code, []);
    }
}
