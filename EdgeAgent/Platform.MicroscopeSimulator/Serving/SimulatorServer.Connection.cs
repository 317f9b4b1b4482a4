using System.Net.Sockets;
using Platform.SerialEm.Errors;
using Platform.SerialEm.Protocol;

namespace Platform.MicroscopeSimulator.Serving;

/// <summary>One client connection: framing, length checks, external-control state and dispatch by function code.</summary>
public sealed partial class SimulatorServer
{
    /// <summary>Serves one client until it leaves or is replaced; the accept loop owns and disposes <paramref name="cancel"/>.</summary>
    private async Task ServeConnectionAsync(TcpClient client, CancellationTokenSource cancel)
    {
        var session = new ConnectionSession();
        try
        {
            using (client)
            {
                client.NoDelay = true;
                var stream = client.GetStream();
                await using (cancel.Token.Register(client.Dispose).ConfigureAwait(false))
                {
                    while (await ServeOnePacketAsync(stream, session, cancel.Token).ConfigureAwait(false))
                    {
                    }
                }
            }
        }
        catch (Exception ex) when (ex is IOException or SocketException or ObjectDisposedException or OperationCanceledException)
        {
            // The client went away (or was replaced); SerialEM then ends external control.
        }
    }

    /// <summary>Reads and answers one request; false when the connection must close.</summary>
    private async Task<bool> ServeOnePacketAsync(NetworkStream stream, ConnectionSession session, CancellationToken cancellationToken)
    {
        byte[]? packet;
        try
        {
            packet = await PacketFraming.ReadPacketAsync(stream, PacketFraming.DefaultMaximumPacketBytes, cancellationToken).ConfigureAwait(false);
        }
        catch (SerialEmProtocolException ex)
        {
            // An impossible byte count leaves us unable to find the next packet: answer it, then close.
            await stream.WriteAsync(ControlPackets.StatusReply(ex.ReturnCode ?? ProtocolReturnCode.PacketTooShort), cancellationToken).ConfigureAwait(false);
            return false;
        }

        if (packet is null)
        {
            return false;
        }

        var received = _options.TimeProvider.GetTimestamp();
        session.LastCommand = null;
        var keepOpen = await DispatchAsync(stream, session, packet, cancellationToken).ConfigureAwait(false);
        if (keepOpen)
        {
            Timeline.Record(session.LastCommand ?? ((FunctionCode)PacketFraming.CodeOf(packet)).ToString(), received, _options.TimeProvider.GetTimestamp());
        }

        return keepOpen;
    }

    private async Task<bool> DispatchAsync(NetworkStream stream, ConnectionSession session, byte[] packet, CancellationToken cancellationToken)
    {
        var code = (FunctionCode)PacketFraming.CodeOf(packet);
        if (code == FunctionCode.OkToRunExternalScript)
        {
            // My reading of §1.6: an already-active external control answers false, as does a busy SerialEM.
            var ok = packet.Length == 8 && !Busy && !session.ExternalControl;
            session.ExternalControl |= ok;
            await stream.WriteAsync(packet.Length == 8 ? ControlPackets.OkToRunReply(ok) : ControlPackets.StatusReply(ProtocolReturnCode.LengthMismatch), cancellationToken).ConfigureAwait(false);
            return true;
        }

        if (code is not (FunctionCode.RegularCommand or FunctionCode.GetBufferImage or FunctionCode.PutImageInBuffer))
        {
            await stream.WriteAsync(ControlPackets.StatusReply(ProtocolReturnCode.UnknownFunction), cancellationToken).ConfigureAwait(false);
            return true;
        }

        if (!session.ExternalControl && await RefuseWithoutControlAsync(stream, session, cancellationToken).ConfigureAwait(false))
        {
            return true;
        }

        return code switch
        {
            FunctionCode.RegularCommand => await ServeRegularCommandAsync(stream, session, packet, cancellationToken).ConfigureAwait(false),
            FunctionCode.GetBufferImage => await ServeGetBufferImageAsync(stream, packet, cancellationToken).ConfigureAwait(false),
            _ => await ServePutImageAsync(stream, packet, cancellationToken).ConfigureAwait(false),
        };
    }

    /// <summary>Implicit start of external control (§1.6): −10 once for a pending STOP, −9 when busy; true when refused.</summary>
    private async Task<bool> RefuseWithoutControlAsync(NetworkStream stream, ConnectionSession session, CancellationToken cancellationToken)
    {
        bool stop;
        lock (_lock)
        {
            stop = _stopPending;
            _stopPending = false;
        }

        if (stop || Busy)
        {
            await stream.WriteAsync(ControlPackets.StatusReply(stop ? ProtocolReturnCode.UserStop : ProtocolReturnCode.Busy), cancellationToken).ConfigureAwait(false);
            return true;
        }

        session.ExternalControl = true;
        return false;
    }

    /// <summary>Per-connection protocol state.</summary>
    private sealed class ConnectionSession
    {
        public bool ExternalControl { get; set; }

        /// <summary>The script command of the exchange being served, for the timeline.</summary>
        public string? LastCommand { get; set; }
    }
}
