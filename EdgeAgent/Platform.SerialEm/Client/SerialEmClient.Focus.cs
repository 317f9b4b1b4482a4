using Platform.SerialEm.Commands;
using Platform.SerialEm.Microscope;

namespace Platform.SerialEm.Client;

/// <summary>Focus and drift: target defocus, autofocus, defocus set/change (µm, negative = underfocus), DriftWaitTask.</summary>
public sealed partial class SerialEmClient
{
    public Task SetTargetDefocusAsync(double defocusMicrons, CancellationToken cancellationToken = default) =>
        RunAsync(CommandTable.SetTargetDefocus, cancellationToken, defocusMicrons);

    public async Task<double> ReportTargetDefocusMicronsAsync(CancellationToken cancellationToken = default) =>
        (await RunAsync(CommandTable.ReportTargetDefocus, cancellationToken).ConfigureAwait(false)).Number(0);

    /// <summary>AutoFocus to the target defocus (exposes the Focus area; not re-sent).</summary>
    public Task AutoFocusAsync(CancellationToken cancellationToken = default) =>
        RunAsync(CommandTable.AutoFocus, cancellationToken);

    public async Task<double> ReportDefocusMicronsAsync(CancellationToken cancellationToken = default) =>
        (await RunAsync(CommandTable.ReportDefocus, cancellationToken).ConfigureAwait(false)).Number(0);

    public Task SetDefocusAsync(double defocusMicrons, CancellationToken cancellationToken = default) =>
        RunAsync(CommandTable.SetDefocus, cancellationToken, defocusMicrons);

    /// <summary>ChangeFocus by a relative amount (not re-sent: it would apply twice).</summary>
    public Task ChangeFocusAsync(double deltaMicrons, CancellationToken cancellationToken = default) =>
        RunAsync(CommandTable.ChangeFocus, cancellationToken, deltaMicrons);

    /// <summary>
    /// DriftWaitTask(crit, 'A', maxWait, interval, −1, 'T', 1) as SmartScope calls it: waits for the drift to fall below
    /// <paramref name="criterionAngstromPerSecond"/>, measuring with Trial and correcting by image shift; no error at timeout.
    /// Returns the (rate, seconds waited, met) values when the server reports them (the simulator does); null when it reports
    /// nothing: SerialEM also has GetWaitTaskDrift for that, whose value layout this client does not assume.
    /// </summary>
    public async Task<DriftWaitResult?> DriftWaitTaskAsync(
        double criterionAngstromPerSecond, double maximumWaitSeconds = 300, double intervalSeconds = 10, CancellationToken cancellationToken = default)
    {
        var result = await RunAsync(CommandTable.DriftWaitTask, cancellationToken,
            criterionAngstromPerSecond, "A", maximumWaitSeconds, intervalSeconds, -1, "T", 1).ConfigureAwait(false);
        return result.Count >= 3 ? new DriftWaitResult(result.Number(0), result.Number(1), result.Flag(2)) : null;
    }
}
