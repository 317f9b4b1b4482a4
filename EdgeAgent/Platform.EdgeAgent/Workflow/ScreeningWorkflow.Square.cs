using Platform.AgentLink.Contracts;
using Platform.EdgeAgent.Acquisition;
using Platform.EdgeAgent.Journal;
using Platform.SerialEm.Errors;
using Platform.SerialEm.Microscope;
using Platform.Targeting.Bis;
using Platform.Targeting.Holes;
using Platform.Targeting.Selection;

namespace Platform.EdgeAgent.Workflow;

/// <summary>A square: Search image at its centre, hole finding, BIS grouping of the good holes, selection of <c>HolesPerSquare</c> groups.</summary>
public sealed partial class ScreeningWorkflow
{
    private async Task ImageSquareAsync(GridPlan grid, GridGeometry geometry, JournalTarget square, CancellationToken ct)
    {
        var id = square.Target.TargetId;
        if (_journal.IsStepDone(_session, HolesStep(id)))
        {
            // Holes were recorded before a restart cut the square short: nothing to image again.
            _journal.SetTargetState(_session, id, WorkState.Completed);
            await _report.TargetStateAsync(grid.Position, id, WorkState.Completed, null, ct).ConfigureAwait(false);
            return;
        }

        _journal.SetTargetState(_session, id, WorkState.Started);
        await _report.TargetStateAsync(grid.Position, id, WorkState.Started, null, ct).ConfigureAwait(false);
        try
        {
            await FindHolesAsync(grid, geometry, square, ct).ConfigureAwait(false);
        }
        catch (SerialEmCommandException ex)
        {
            await TargetFailedAsync(grid, id, $"square image failed: {ex.Message}", ct).ConfigureAwait(false);
            return;
        }
        catch (Exception ex) when (ex is SerialEmConnectionLostException or SerialEmTimeoutException)
        {
            await TargetFailedAsync(grid, id, $"square image failed: {ex.Message}", ct).ConfigureAwait(false);
            await EnsureScopeReachableAsync(ex, ct).ConfigureAwait(false);
            return;
        }

        _journal.SetTargetState(_session, id, WorkState.Completed);
        await _report.TargetStateAsync(grid.Position, id, WorkState.Completed, null, ct).ConfigureAwait(false);
    }

    private static string HolesStep(string squareId) => $"{squareId}/holes";

    private async Task FindHolesAsync(GridPlan grid, GridGeometry geometry, JournalTarget square, CancellationToken ct)
    {
        var id = square.Target.TargetId;
        await _scope.SetImageShiftAsync(0, 0, cancellationToken: ct).ConfigureAwait(false);
        await TiltAsync(0, ct).ConfigureAwait(false);
        await _scope.MoveStageToAsync(square.Target.StageXMicrons, square.Target.StageYMicrons, cancellationToken: ct).ConfigureAwait(false);
        await _scope.GoToLowDoseAreaAsync(LowDoseArea.Search, ct).ConfigureAwait(false);
        await _scope.SearchAsync(ct).ConfigureAwait(false);
        var relative = await SaveBufferAAsync(grid, $"{FileSafe(id)}_square.mrc", ct).ConfigureAwait(false);
        var (image, toStage) = await ReadBufferAAsync(ct).ConfigureAwait(false);
        await _report.ImageAsync(grid.Position, id, ImageKind.Square, relative, image.Width, image.Height, image.PixelSizeAngstrom, ct).ConfigureAwait(false);

        var found = HoleFinder.Find(image, geometry.HoleDiameterMicrons, geometry.HolePitchMicrons);
        var qualities = HoleSelector.Assess(found);
        var good = qualities.Where(q => q.Good).Select(q => q.Index).ToList();
        var stage = found.Select(h => toStage.ToStage(h.XPixels, h.YPixels)).ToList();
        var groups = BisGrouper.Group(good.Select(i => stage[i]).ToList(), Settings.BisMaxDistanceMicrons, Settings.MinBisGroupSize, seed: StableSeed(id))
            .Select(g => new BisGroup(good[g.Center], g.Members.Select(m => good[m]).ToList())).ToList();
        // HolesPerSquare counts groups when grouping (SmartScope selects centres); best groups first by their members' mean score.
        var ranked = groups.OrderByDescending(g => g.Members.Average(m => qualities[m].Score)).ThenBy(g => g.Center).ToList();
        var chosen = Settings.HolesPerSquare > 0 ? ranked.Take(Settings.HolesPerSquare).ToList() : ranked;
        var groupOf = new Dictionary<int, (int Number, int Center, bool Selected)>();
        for (var g = 0; g < groups.Count; g++)
        {
            foreach (var m in groups[g].Members)
            {
                groupOf[m] = (g + 1, groups[g].Center, chosen.Contains(groups[g]));
            }
        }

        string HoleId(int i) => $"{id}/h{i + 1}";
        var targets = found.Select((h, i) =>
        {
            var inGroup = groupOf.TryGetValue(i, out var g);
            var report = new TargetReport(HoleId(i), id, TargetLevel.Hole, stage[i].XMicrons, stage[i].YMicrons, h.XPixels, h.YPixels, qualities[i].Score,
                qualities[i].Label, inGroup && g.Selected, inGroup && Settings.BisMaxDistanceMicrons > 0 ? g.Number : null);
            return (report, inGroup ? HoleId(g.Center) : (string?)null);
        }).ToList();
        _journal.RecordFound(_session, HolesStep(id), grid.Position, targets);
        await _report.TargetsFoundAsync(grid.Position, id, targets.Select(t => t.report).ToList(), ct).ConfigureAwait(false);
        var queued = targets.Where(t => t.report.Selected).Select(t => t.report.TargetId).ToList();
        foreach (var t in queued)
        {
            await _report.TargetStateAsync(grid.Position, t, WorkState.Queued, null, ct).ConfigureAwait(false);
        }

        await LogAsync($"{id}/holes", $"Square {id}: {found.Count} holes found, {good.Count} good, {groups.Count} BIS group(s); {chosen.Count} group(s), {queued.Count} holes queued",
            ct).ConfigureAwait(false);
        await QueueLogAsync($"{id}/holes", $"Square {id}: queued {queued.Count} holes", ct).ConfigureAwait(false);
    }

    /// <summary>Saves buffer A into a new file in the grid's folder (OpenNewFile, Save, CloseFile); returns its path relative to the data folder.</summary>
    private async Task<string> SaveBufferAAsync(GridPlan grid, string fileName, CancellationToken ct)
    {
        var relative = $"{SessionFolderName}/{GridFolderName(grid)}/{fileName}";
        Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(_folders.DataFolder, relative))!);
        await _scope.OpenNewFileAsync($"{GridFolderName(grid)}/{fileName}", ct).ConfigureAwait(false);
        await _scope.SaveAsync("A", ct).ConfigureAwait(false);
        await _scope.CloseFileAsync(ct).ConfigureAwait(false);
        return relative;
    }

    private async Task TiltAsync(double degrees, CancellationToken ct)
    {
        if (_tiltDegrees != degrees)
        {
            await _scope.TiltToAsync(degrees, ct).ConfigureAwait(false);
            _tiltDegrees = degrees;
        }
    }

    private async Task TargetFailedAsync(GridPlan grid, string targetId, string message, CancellationToken ct)
    {
        _journal.SetTargetState(_session, targetId, WorkState.Error);
        await _report.TargetStateAsync(grid.Position, targetId, WorkState.Error, message, ct).ConfigureAwait(false);
        await LogAsync($"{targetId}/error", $"{targetId}: {message}", ct).ConfigureAwait(false);
    }

    private static string FileSafe(string targetId) => targetId.Replace('/', '_');

    /// <summary>A seed that is the same in every process (string.GetHashCode is randomised per process).</summary>
    private static int StableSeed(string text)
    {
        var hash = 17;
        foreach (var c in text)
        {
            hash = unchecked((hash * 31) + c);
        }

        return hash;
    }
}
