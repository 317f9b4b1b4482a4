using Platform.AgentLink.Contracts;
using Platform.EdgeAgent.Acquisition;
using Platform.SerialEm.Errors;
using Platform.SerialEm.Microscope;

namespace Platform.EdgeAgent.Workflow;

/// <summary>One grid: load the cartridge, set up the camera, atlas, then work the queue until it is exhausted (and the pause prompt).</summary>
public sealed partial class ScreeningWorkflow
{
    private async Task RunGridAsync(GridPlan grid, CancellationToken ct)
    {
        var known = _journal.GridState(_session, grid.Position) ?? grid.State;
        if (known is WorkState.Completed or WorkState.Skipped or WorkState.Error)
        {
            await LogAsync($"g{grid.Position}/passed-{known}", $"Grid {grid.Position} {grid.Name} is {known}: passed over", ct).ConfigureAwait(false);
            return;
        }

        ThrowIfSoftStopRequested();
        var resuming = known is WorkState.Started or WorkState.Paused;
        _currentGrid = grid;
        _tiltDegrees = null;
        _journal.SetGridState(_session, grid.Position, WorkState.Started);
        await _report.GridStateAsync(grid.Position, WorkState.Started, _runOccasion, ct).ConfigureAwait(false);
        await LogAsync($"g{grid.Position}/start-{_runOccasion}", $"Grid {grid.Position} {grid.Name} ({grid.HoleType}, {grid.MeshSize} mesh {grid.MeshMaterial}): started", ct)
            .ConfigureAwait(false);
        try
        {
            var geometry = GridGeometry.For(grid.HoleType, grid.MeshSize);
            await LoadGridAsync(grid, resuming, ct).ConfigureAwait(false);
            ThrowIfSoftStopRequested();
            await SetupGridAsync(grid, ct).ConfigureAwait(false);
            if (!_journal.IsStepDone(_session, AtlasStep(grid)))
            {
                await AtlasAsync(grid, geometry, ct).ConfigureAwait(false);
            }

            await PlaceFocusAreaAsync(grid, geometry, ct).ConfigureAwait(false);
            await WorkQueueAsync(grid, geometry, ct).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is SerialEmCommandException or GridLoadException or FormatException)
        {
            _journal.SetGridState(_session, grid.Position, WorkState.Error);
            await _report.GridStateAsync(grid.Position, WorkState.Error, _runOccasion, ct).ConfigureAwait(false);
            await LogAsync($"g{grid.Position}/error", $"Grid {grid.Position} {grid.Name}: {ex.Message}; going on with the next grid", ct).ConfigureAwait(false);
            _currentGrid = null;
            return;
        }

        _journal.SetGridState(_session, grid.Position, WorkState.Completed);
        await _report.GridStateAsync(grid.Position, WorkState.Completed, _runOccasion, ct).ConfigureAwait(false);
        await LogAsync($"g{grid.Position}/completed", $"Grid {grid.Position} {grid.Name}: completed", ct).ConfigureAwait(false);
        _currentGrid = null;
    }

    private static string AtlasStep(GridPlan grid) => $"g{grid.Position}/atlas";

    /// <summary>
    /// TFS autoloader loading (reference Part 2): slot must be occupied, close the valves, LoadCartridge, the slot must then read
    /// empty, open the valves. A resumed grid whose slot already reads empty is taken to be on the stage still.
    /// </summary>
    private async Task LoadGridAsync(GridPlan grid, bool resuming, CancellationToken ct)
    {
        var slot = await _scope.ReportSlotStatusAsync(grid.Position, ct).ConfigureAwait(false);
        if (slot.IsEmpty && resuming)
        {
            await LogAsync($"g{grid.Position}/on-stage-{_runOccasion}", $"Grid {grid.Position}: slot reads empty on resume, the cartridge is on the stage", ct)
                .ConfigureAwait(false);
            return;
        }

        if (!slot.IsOccupied)
        {
            throw new GridLoadException($"autoloader slot {grid.Position} is {(slot.IsError ? "not valid" : "empty")}; nothing to load");
        }

        await _scope.SetColumnOrGunValveAsync(false, ct).ConfigureAwait(false);
        await _scope.LoadCartridgeAsync(grid.Position, ct).ConfigureAwait(false);
        var after = await _scope.ReportSlotStatusAsync(grid.Position, ct).ConfigureAwait(false);
        if (!after.IsEmpty)
        {
            throw new GridLoadException($"slot {grid.Position} still reads {after.Code} after LoadCartridge: the cartridge did not reach the stage");
        }

        await _scope.SetColumnOrGunValveAsync(true, ct).ConfigureAwait(false);
        await LogAsync($"g{grid.Position}/loaded", $"Grid {grid.Position} {grid.Name}: loaded from slot {grid.Position}", ct).ConfigureAwait(false);
    }

    /// <summary>SmartScope's per-grid setup: Preview set fractionation (save frames or align), frames folder and name, exposure time, Low Dose.</summary>
    private async Task SetupGridAsync(GridPlan grid, CancellationToken ct)
    {
        var saveFrames = Settings.SaveFrames;
        await _scope.SetDoseFracParamsAsync("P", true, saveFrames, !saveFrames, ct).ConfigureAwait(false);
        if (saveFrames)
        {
            Directory.CreateDirectory(Path.Combine(_folders.FramesFolder, SessionFolderName));
            await _scope.SetFolderForFramesAsync(WorkflowFolders.JoinSerialEm(_folders.SerialEmFramesFolder, SessionFolderName), ct).ConfigureAwait(false);
            await _scope.SetFrameBaseNameAsync(GridFolderName(grid), ct).ConfigureAwait(false);
        }

        // The session's exposure time goes to the Preview set (the exposures'); with frames saved the frame count follows it.
        await _scope.SetExposureAsync("P", Settings.ExposureTimeSeconds, ct).ConfigureAwait(false);
        await _scope.KeepCameraSetChangesAsync("P", ct).ConfigureAwait(false);
        await _scope.SetLowDoseModeAsync(true, ct).ConfigureAwait(false);
    }

    private static string GridFolderName(GridPlan grid) =>
        $"{grid.Position}_{string.Concat(grid.Name.Select(c => char.IsLetterOrDigit(c) || c is '_' or '-' ? c : '_'))}";

    /// <summary>The grid's target loop: holes first (screening priority), then squares; at exhaustion the pause check (reference §3.3).</summary>
    private async Task WorkQueueAsync(GridPlan grid, GridGeometry geometry, CancellationToken ct)
    {
        while (true)
        {
            ThrowIfSoftStopRequested();
            var queue = _journal.Targets(_session, grid.Position);
            var hole = queue.FirstOrDefault(t => t.Target.Level == TargetLevel.Hole && t.State == WorkState.Queued);
            if (hole is not null)
            {
                var center = hole.BisCenterId ?? hole.Target.TargetId;
                var members = queue.Where(t => t.Target.Level == TargetLevel.Hole && t.State == WorkState.Queued && (t.BisCenterId ?? t.Target.TargetId) == center).ToList();
                await AcquireGroupAsync(grid, geometry, queue.First(t => t.Target.TargetId == center), members, ct).ConfigureAwait(false);
                continue;
            }

            var square = queue.FirstOrDefault(t => t.Target.Level == TargetLevel.Square && t.State is WorkState.Queued or WorkState.Started);
            if (square is not null)
            {
                await ImageSquareAsync(grid, geometry, square, ct).ConfigureAwait(false);
                continue;
            }

            if (!_control.PauseBetweenGrids || await PauseAsync(grid, ct).ConfigureAwait(false) == PauseChoice.NextGrid)
            {
                return;
            }
        }
    }

    /// <summary>Paused at the grid boundary: report, prompt, wait. "Continue current grid" goes back to the queue (users may have added targets).</summary>
    private async Task<PauseChoice> PauseAsync(GridPlan grid, CancellationToken ct)
    {
        var occasion = $"pause-{_journal.ClaimNextOccurrence(_session, $"g{grid.Position}/pause")}";
        _journal.SetGridState(_session, grid.Position, WorkState.Paused);
        await _report.GridStateAsync(grid.Position, WorkState.Paused, occasion, ct).ConfigureAwait(false);
        await _report.RunStateAsync(RunState.Paused, $"g{grid.Position}-{occasion}", $"Paused between grids after grid {grid.Position}", ct).ConfigureAwait(false);
        await _report.NotifyAsync(NotificationKind.PausePrompt, $"g{grid.Position}-{occasion}",
            $"SerialEM is paused after grid {grid.Position} {grid.Name}: continue current grid or proceed to next grid?", ct).ConfigureAwait(false);
        await LogAsync($"g{grid.Position}/{occasion}", $"Grid {grid.Position}: queue exhausted, paused between grids; waiting for an answer", ct).ConfigureAwait(false);
        var answer = await _control.WaitForPauseAnswerAsync(ct).ConfigureAwait(false) ?? throw new SoftStopReachedException();
        _journal.SetGridState(_session, grid.Position, WorkState.Started);
        await _report.GridStateAsync(grid.Position, WorkState.Started, $"{occasion}-{answer}", ct).ConfigureAwait(false);
        await _report.RunStateAsync(RunState.Running, $"g{grid.Position}-{occasion}-{answer}", null, ct).ConfigureAwait(false);
        await LogAsync($"g{grid.Position}/{occasion}/{answer}", $"Grid {grid.Position}: pause answered {answer}", ct).ConfigureAwait(false);
        return answer;
    }

    private async Task PlaceFocusAreaAsync(GridPlan grid, GridGeometry geometry, CancellationToken ct)
    {
        var squares = _journal.Targets(_session, grid.Position).Where(t => t.Target.Level == TargetLevel.Square)
            .Select(t => (t.Target.StageXMicrons, t.Target.StageYMicrons)).ToList();
        var rotation = Platform.Targeting.Squares.MeshRotation.EstimateDegrees(squares);
        var (distance, angle) = rotation is { } r
            ? TiltGeometry.FocusAreaPosition(geometry.HolePitchMicrons, Settings.TiltAngleDegrees, r)
            : (geometry.HolePitchMicrons / 2, 0); // SmartScope's fallback when the mesh rotation is unknown
        await _scope.SetAxisPositionAsync(LowDoseArea.Focus, distance, angle, ct).ConfigureAwait(false);
    }
}
