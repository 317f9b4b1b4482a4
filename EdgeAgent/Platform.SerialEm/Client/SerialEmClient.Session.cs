using Platform.SerialEm.Commands;
using Platform.SerialEm.Protocol;

namespace Platform.SerialEm.Client;

/// <summary>Session-level commands: directories, logging, valves, properties, version checks, exit.</summary>
public sealed partial class SerialEmClient
{
    public Task SetDirectoryAsync(string directory, CancellationToken cancellationToken = default) =>
        RunAsync(CommandTable.SetDirectory, cancellationToken, directory);

    public Task ClearPersistentVarsAsync(CancellationToken cancellationToken = default) =>
        RunAsync(CommandTable.ClearPersistentVars, cancellationToken);

    public Task AllowFileOverwriteAsync(bool allow, CancellationToken cancellationToken = default) =>
        RunAsync(CommandTable.AllowFileOverwrite, cancellationToken, allow ? 1 : 0);

    /// <summary>Writes a line into SerialEM's log window.</summary>
    public Task EchoAsync(string message, CancellationToken cancellationToken = default) =>
        RunAsync(CommandTable.Echo, cancellationToken, message);

    /// <summary>Opens (true) or closes the column/gun valves.</summary>
    public Task SetColumnOrGunValveAsync(bool open, CancellationToken cancellationToken = default) =>
        RunAsync(CommandTable.SetColumnOrGunValve, cancellationToken, open ? 1 : 0);

    public async Task<double> ReportPropertyAsync(string property, CancellationToken cancellationToken = default) =>
        (await RunAsync(CommandTable.ReportProperty, cancellationToken, property).ConfigureAwait(false)).Number(0);

    /// <summary>IsVersionAtLeast: true when SerialEM's version (e.g. 40200 for 4.2.0) is at least <paramref name="version"/>.</summary>
    public async Task<bool> IsVersionAtLeastAsync(int version, CancellationToken cancellationToken = default) =>
        (await RunAsync(CommandTable.IsVersionAtLeast, cancellationToken, version.ToString(System.Globalization.CultureInfo.InvariantCulture)).ConfigureAwait(false)).Flag(0);

    /// <summary>ReportNumExeFuncs (newer SerialEM only): how many script commands SerialEM knows.</summary>
    public async Task<int> ReportNumExeFuncsAsync(CancellationToken cancellationToken = default) =>
        (await RunAsync(CommandTable.ReportNumExeFuncs, cancellationToken).ConfigureAwait(false)).Integer(0);

    public Task DelayAsync(double seconds, CancellationToken cancellationToken = default) =>
        RunAsync(CommandTable.Delay, cancellationToken, seconds);

    /// <summary>Runs a named SerialEM script (Call).</summary>
    public Task<CommandResult> CallScriptAsync(string scriptName, CancellationToken cancellationToken = default) =>
        RunAsync(CommandTable.Call, cancellationToken, scriptName);

    /// <summary>CallFunction("name args"): runs a function from a SerialEM script package.</summary>
    public Task<CommandResult> CallFunctionAsync(string functionAndArguments, CancellationToken cancellationToken = default) =>
        RunAsync(CommandTable.CallFunction, cancellationToken, functionAndArguments);

    /// <summary>RunInShell on the SerialEM PC (JEOL cartridge transfer goes through a batch file this way); never re-sent.</summary>
    public Task RunInShellAsync(string commandLine, CancellationToken cancellationToken = default) =>
        RunAsync(CommandTable.RunInShell, cancellationToken, commandLine);

    /// <summary>LongOperation, e.g. ("FF", hours) for a cold-FEG flash when due.</summary>
    public Task LongOperationAsync(string operation, double intervalHours, CancellationToken cancellationToken = default) =>
        RunAsync(CommandTable.LongOperation, cancellationToken, operation, intervalHours.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Ends external control with <c>Exit(1)</c>, which returns without an exception, then closes the socket (SmartScope's disconnect).</summary>
    public async Task DisconnectAsync(CancellationToken cancellationToken = default)
    {
        await RunAsync(CommandTable.Exit, cancellationToken, 1).ConfigureAwait(false);
        await CloseAsync().ConfigureAwait(false);
    }

    private Task<CommandResult> RunAsync(SerialEmCommand command, CancellationToken cancellationToken, params WireValue[] arguments) =>
        CallAsync(command, arguments, cancellationToken);
}
