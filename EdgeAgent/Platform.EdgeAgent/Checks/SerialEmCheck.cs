using System.Net.Sockets;
using Platform.SerialEm.Client;
using Platform.SerialEm.Errors;

namespace Platform.EdgeAgent.Checks;

/// <summary>
/// Checks the SerialEM link the way the agent will use it: connect to the external-control socket,
/// pass the OKtoRun handshake, and confirm SerialEM knows every script command the agent sends.
/// </summary>
public static class SerialEmCheck
{
    public static async Task<CheckResult> RunAsync(SerialEmClientOptions options, CancellationToken cancellationToken)
    {
        var name = $"SerialEM at {options.Host}:{options.Port}";
        try
        {
            await using var client = new SerialEmClient(options);
            var functions = await client.EnsureCommandTableSupportedAsync(cancellationToken).ConfigureAwait(false);
            await client.DisconnectAsync(cancellationToken).ConfigureAwait(false);
            return new CheckResult(name, true, $"connected; SerialEM reports {functions} script functions, every command the agent uses is known");
        }
        catch (Exception ex) when (ex is SocketException || ex.InnerException is SocketException)
        {
            var socket = ex as SocketException ?? (SocketException)ex.InnerException!;
            return new CheckResult(name, false, $"cannot connect ({socket.SocketErrorCode}): is SerialEM running with the socket server enabled (SerialEMproperties: SocketServerIP / SocketServerPort), and is the firewall open?");
        }
        catch (SerialEmException ex)
        {
            return new CheckResult(name, false, $"{ex.GetType().Name}: {ex.Message}");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new CheckResult(name, false, $"no answer within {options.ConnectTimeout.TotalSeconds:0} s");
        }
    }
}
