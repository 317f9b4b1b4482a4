using Platform.AgentLink.Contracts;
using Platform.EdgeAgent.Acquisition;
using Platform.EdgeAgent.Journal;
using Platform.Imaging.Images;
using Platform.Imaging.Mrc;
using Platform.SerialEm.Errors;
using Platform.SerialEm.Microscope;

namespace Platform.EdgeAgent.Workflow;

/// <summary>
/// One exposure (SmartScope's highMag): journal "started" before the shot and "acquired" after, so a restart never repeats it;
/// image shift by the increment from the last target, tilt-compensated defocus, Preview, frame file or saved average.
/// </summary>
public sealed partial class ScreeningWorkflow
{
    private async Task<(double X, double Y)> AcquireTargetAsync(
        GridPlan grid, GridGeometry geometry, JournalTarget center, JournalTarget member, double focusDefocus, (double X, double Y) applied, CancellationToken ct)
    {
        var id = member.Target.TargetId;
        if (!_journal.TransitionTarget(_session, id, WorkState.Queued, WorkState.Started))
        {
            return applied; // removed by a user edit since the group was formed
        }

        _targetInFlight = id;
        await _report.TargetStateAsync(grid.Position, id, WorkState.Started, null, ct).ConfigureAwait(false);
        var uniform = (StableSeed(id) & 0xFFFF) / 65536.0;
        var offset = OffsetTargeting.OffsetMicrons(Settings.OffsetTargeting, Settings.MultishotPerHole, Settings.OffsetDistanceMicrons, geometry.HoleDiameterMicrons,
            grid.MeshMaterial, uniform);
        var tilt = Settings.TiltAngleDegrees;
        var (isX, isY) = TiltGeometry.ImageShiftTo(center.Target.StageXMicrons, center.Target.StageYMicrons, member.Target.StageXMicrons, member.Target.StageYMicrons,
            tilt, offset);
        var defocus = TiltGeometry.CompensatedDefocusMicrons(focusDefocus, isY, tilt);
        string file;
        try
        {
            await _scope.GoToLowDoseAreaAsync(LowDoseArea.Record, ct).ConfigureAwait(false);
            await _scope.ImageShiftByMicronsAsync(isX - applied.X, isY - applied.Y, 1, cancellationToken: ct).ConfigureAwait(false);
            applied = (isX, isY);
            await _scope.SetDefocusAsync(defocus, ct).ConfigureAwait(false);
            if (Settings.SaveFrames)
            {
                await _scope.EarlyReturnNextShotAsync(0, ct).ConfigureAwait(false);
            }

            await _scope.PreviewAsync(ct).ConfigureAwait(false);
            file = Settings.SaveFrames
                ? _folders.ToAgentPath(await _scope.ReportLastFrameFileAsync(ct).ConfigureAwait(false))
                : Path.Combine(_folders.DataFolder, await SaveBufferAAsync(grid, $"{FileSafe(id)}.mrc", ct).ConfigureAwait(false));
        }
        catch (Exception ex) when (ex is SerialEmCommandException or SerialEmConnectionLostException or SerialEmTimeoutException)
        {
            _targetInFlight = null;
            var resent = ex is SerialEmConnectionLostException { CommandMayHaveRun: true } ? " (it may have run; not re-sent)" : "";
            await TargetFailedAsync(grid, id, $"exposure failed{resent}: {ex.Message}", ct).ConfigureAwait(false);
            if (ex is not SerialEmCommandException)
            {
                await EnsureScopeReachableAsync(ex, ct).ConfigureAwait(false);
                return (0, 0); // a reconnect may have reset the image shift: count from zero again (restored after the group)
            }

            return applied;
        }

        _journal.SetTargetState(_session, id, WorkState.Acquired);
        _targetInFlight = null;
        await ReportAcquiredAsync(grid, id, file, defocus, isX, isY, ct).ConfigureAwait(false);
        return applied;
    }

    private async Task ReportAcquiredAsync(GridPlan grid, string id, string file, double defocus, double isX, double isY, CancellationToken ct)
    {
        var (frames, dose) = (1, 0.0);
        try
        {
            var header = MrcFile.ReadHeader(file);
            frames = header.Sections;
            // Counting camera: counts per pixel are electrons; dose = mean counts per frame × frames / pixel area (Å²).
            dose = header.PixelSizeAngstrom > 0 ? header.MeanDensity * header.Sections / (header.PixelSizeAngstrom * header.PixelSizeAngstrom) : 0;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or CorruptImageFileException)
        {
            await LogAsync($"{id}/unreadable", $"{id}: the exposure file {file} could not be read ({ex.Message}); frames and dose not reported", ct).ConfigureAwait(false);
        }

        var relative = _folders.RelativeToData(file);
        await _report.AcquisitionAsync(new AcquisitionReport(_report.AcquisitionKey(id), _session, _report.Timestamp(), grid.Position, id, relative, defocus, isX, isY,
            Settings.ExposureTimeSeconds, frames, dose), ct).ConfigureAwait(false);
        await _report.TargetStateAsync(grid.Position, id, WorkState.Acquired, null, ct).ConfigureAwait(false);
        await LogAsync($"{id}/acquired", $"{id}: acquired at defocus {defocus:0.00} µm, image shift ({isX:0.00}, {isY:0.00}) µm → {relative}", ct).ConfigureAwait(false);
        await _report.LogAsync(LogPanel.Processing, $"{id}/ready", $"{relative}: ready for pre-processing", ct).ConfigureAwait(false);
    }
}
