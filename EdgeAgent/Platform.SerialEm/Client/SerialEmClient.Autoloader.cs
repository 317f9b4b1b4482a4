using Platform.SerialEm.Commands;
using Platform.SerialEm.Microscope;

namespace Platform.SerialEm.Client;

/// <summary>Autoloader and cryo housekeeping: slot status, cartridge load/unload, dewar and PVP checks.</summary>
public sealed partial class SerialEmClient
{
    /// <summary>ReportSlotStatus for a 1-based slot.</summary>
    public async Task<SlotStatus> ReportSlotStatusAsync(int slot, CancellationToken cancellationToken = default)
    {
        var result = await RunAsync(CommandTable.ReportSlotStatus, cancellationToken, slot).ConfigureAwait(false);
        return new SlotStatus(slot, result.Integer(0), result.OptionalText(1));
    }

    /// <summary>LoadCartridge from a 1-based slot. Takes minutes; never re-sent after a lost connection.</summary>
    public Task LoadCartridgeAsync(int slot, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(slot);
        return RunAsync(CommandTable.LoadCartridge, cancellationToken, slot);
    }

    /// <summary>UnloadCartridge: returns the cartridge on the stage to its slot.</summary>
    public Task UnloadCartridgeAsync(CancellationToken cancellationToken = default) =>
        RunAsync(CommandTable.UnloadCartridge, cancellationToken);

    public async Task<bool> AreDewarsFillingAsync(CancellationToken cancellationToken = default) =>
        (await RunAsync(CommandTable.AreDewarsFilling, cancellationToken).ConfigureAwait(false)).Flag(0);

    public async Task<bool> IsPvpRunningAsync(CancellationToken cancellationToken = default) =>
        (await RunAsync(CommandTable.IsPVPRunning, cancellationToken).ConfigureAwait(false)).Flag(0);
}
