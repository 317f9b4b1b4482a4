using Platform.AgentLink.Contracts;
using Platform.EdgeAgent.Acquisition;
using Platform.EdgeAgent.Journal;
using Platform.SerialEm.Errors;
using Platform.SerialEm.Microscope;

namespace Platform.EdgeAgent.Workflow;

/// <summary>
/// A BIS group: stage to the centre hole, View image, autofocus with the defocus roll, drift criterion, then each member by image
/// shift; afterwards restore the image shift and refine the zero-loss peak when due.
/// </summary>
public sealed partial class ScreeningWorkflow
{
    /// <summary>After a dropped connection: how often and how long apart to try SerialEM again before the run ends in error.</summary>
    private static readonly TimeSpan[] _reconnectBackoff = [TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(10)];

    private async Task AcquireGroupAsync(GridPlan grid, GridGeometry geometry, JournalTarget center, IReadOnlyList<JournalTarget> members, CancellationToken ct)
    {
        double focusDefocus;
        (double X, double Y) shiftBefore;
        try
        {
            await _scope.SetImageShiftAsync(0, 0, cancellationToken: ct).ConfigureAwait(false);
            await _scope.MoveStageToAsync(center.Target.StageXMicrons, center.Target.StageYMicrons, cancellationToken: ct).ConfigureAwait(false);
            await TiltAsync(Settings.TiltAngleDegrees, ct).ConfigureAwait(false);
            await _scope.GoToLowDoseAreaAsync(LowDoseArea.View, ct).ConfigureAwait(false);
            await _scope.ViewAsync(ct).ConfigureAwait(false);
            var relative = await SaveBufferAAsync(grid, $"{FileSafe(center.Target.TargetId)}_view.mrc", ct).ConfigureAwait(false);
            var view = await _scope.ImagePropertiesAsync("A", ct).ConfigureAwait(false);
            await _report.ImageAsync(grid.Position, center.Target.TargetId, ImageKind.Hole, relative, view.Width, view.Height, view.PixelSizeNanometers * 10, ct)
                .ConfigureAwait(false);
            focusDefocus = await AutoFocusAsync(ct).ConfigureAwait(false);
            await WaitForDriftAsync(center.Target.TargetId, ct).ConfigureAwait(false);
            var shift = await _scope.ReportImageShiftAsync(ct).ConfigureAwait(false);
            shiftBefore = (shift.X, shift.Y);
        }
        catch (Exception ex) when (ex is SerialEmCommandException or SerialEmConnectionLostException or SerialEmTimeoutException)
        {
            foreach (var m in members)
            {
                await TargetFailedAsync(grid, m.Target.TargetId, $"hole view / focus at {center.Target.TargetId} failed: {ex.Message}", ct).ConfigureAwait(false);
            }

            if (ex is not SerialEmCommandException)
            {
                await EnsureScopeReachableAsync(ex, ct).ConfigureAwait(false);
            }

            return;
        }

        var applied = (X: 0.0, Y: 0.0);
        foreach (var member in members)
        {
            ThrowIfSoftStopRequested();
            applied = await AcquireTargetAsync(grid, geometry, center, member, focusDefocus, applied, ct).ConfigureAwait(false);
        }

        await _scope.SetImageShiftAsync(shiftBefore.X, shiftBefore.Y, 1, cancellationToken: ct).ConfigureAwait(false);
        await RefineZeroLossWhenDueAsync(ct).ConfigureAwait(false);
    }

    /// <summary>SmartScope's autoFocus step: roll the target defocus, SetTargetDefocus, AutoFocus, read back the defocus.</summary>
    private async Task<double> AutoFocusAsync(CancellationToken ct)
    {
        var current = await _scope.ReportTargetDefocusMicronsAsync(ct).ConfigureAwait(false);
        var target = DefocusCycle.Next(current, Settings.TargetDefocusMinMicrons, Settings.TargetDefocusMaxMicrons, Settings.StepDefocusMicrons);
        await _scope.SetTargetDefocusAsync(target, ct).ConfigureAwait(false);
        await _scope.AutoFocusAsync(ct).ConfigureAwait(false);
        return await _scope.ReportDefocusMicronsAsync(ct).ConfigureAwait(false);
    }

    /// <summary>Drift criterion (reference §3.9): DriftWaitTask only when the criterion is positive (−1 = off).</summary>
    private async Task WaitForDriftAsync(string centerId, CancellationToken ct)
    {
        if (Settings.DriftCritAngstromPerSecond <= 0)
        {
            return;
        }

        var result = await _scope.DriftWaitTaskAsync(Settings.DriftCritAngstromPerSecond, 300, 10, ct).ConfigureAwait(false);
        var text = result is null ? "drift wait done" : $"drift {result.LastDriftAngstromPerSecond:0.00} Å/s after {result.ElapsedSeconds:0} s ({(result.CriterionMet ? "met" : "not met, going on")})";
        await LogAsync($"{centerId}/drift", $"{centerId}: {text}", ct).ConfigureAwait(false);
    }

    /// <summary>RefineZLP every <c>ZerolossDelayHours</c> (with the slit in); the argument is SerialEM's minimum interval in minutes.</summary>
    private async Task RefineZeroLossWhenDueAsync(CancellationToken ct)
    {
        var hours = Settings.ZerolossDelayHours;
        var now = _time.GetUtcNow();
        if (hours <= 0 || (_lastZeroLossRefinement is { } last && now - last < TimeSpan.FromHours(hours)))
        {
            return;
        }

        var filter = await _scope.ReportEnergyFilterAsync(ct).ConfigureAwait(false);
        if (!filter.SlitIn)
        {
            return;
        }

        await _scope.RefineZeroLossPeakAsync(hours * 60, ct).ConfigureAwait(false);
        _lastZeroLossRefinement = now;
        await LogAsync($"zlp/{now:yyyyMMddHHmm}", $"Zero-loss peak refined (every {hours} h)", ct).ConfigureAwait(false);
    }

    /// <summary>
    /// After a dropped connection or timeout the client reconnects on the next call; try a harmless report a few times with
    /// back-off, and end the run with a clear error when SerialEM stays unreachable (never hang).
    /// </summary>
    private async Task EnsureScopeReachableAsync(Exception cause, CancellationToken ct)
    {
        foreach (var wait in _reconnectBackoff)
        {
            try
            {
                await _scope.ReportStageXyzAsync(ct).ConfigureAwait(false);
                await LogAsync($"reconnected/{_targetInFlight ?? cause.GetType().Name}/{_time.GetUtcNow():HHmmssfff}", $"SerialEM connection re-established after: {cause.Message}", ct)
                    .ConfigureAwait(false);
                return;
            }
            catch (Exception ex) when (ex is SerialEmConnectionLostException or SerialEmTimeoutException)
            {
                await Task.Delay(wait, _time, ct).ConfigureAwait(false);
            }
        }

        throw new ScopeUnreachableException($"SerialEM could not be reached again after: {cause.Message}", cause);
    }
}
