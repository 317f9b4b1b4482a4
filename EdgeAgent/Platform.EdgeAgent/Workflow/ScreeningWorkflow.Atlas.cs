using Platform.AgentLink.Contracts;
using Platform.EdgeAgent.Acquisition;
using Platform.Imaging.Images;
using Platform.SerialEm.Protocol;
using Platform.Targeting.Selection;
using Platform.Targeting.Squares;

namespace Platform.EdgeAgent.Workflow;

/// <summary>The atlas: montage at atlas optics, square finding and selection of the best <c>SquaresNum</c>.</summary>
public sealed partial class ScreeningWorkflow
{
    private async Task AtlasAsync(GridPlan grid, GridGeometry geometry, CancellationToken ct)
    {
        await _scope.SetLowDoseModeAsync(false, ct).ConfigureAwait(false);
        await _scope.GoToImagingStateAsync("Atlas", ct).ConfigureAwait(false);
        await _scope.TiltToAsync(0, ct).ConfigureAwait(false);
        _tiltDegrees = 0;
        await _scope.MoveStageToAsync(0, 0, 0, ct).ConfigureAwait(false);
        var filter = await _scope.ReportEnergyFilterAsync(ct).ConfigureAwait(false);
        if (filter.SlitIn)
        {
            await _scope.SetSlitInAsync(false, ct).ConfigureAwait(false);
        }

        await WaitForDewarsAsync(ct).ConfigureAwait(false);
        var relative = $"{SessionFolderName}/{GridFolderName(grid)}/atlas.mrc";
        Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(_folders.DataFolder, relative))!);
        await _scope.OpenNewMontageAsync(Settings.AtlasTilesX, Settings.AtlasTilesY, $"{GridFolderName(grid)}/atlas.mrc", ct).ConfigureAwait(false);
        await _scope.MontageAsync(ct).ConfigureAwait(false);
        await _scope.CloseFileAsync(ct).ConfigureAwait(false);
        if (filter.SlitIn)
        {
            await _scope.SetSlitInAsync(true, ct).ConfigureAwait(false);
        }

        await _scope.SetLowDoseModeAsync(true, ct).ConfigureAwait(false);
        var (image, toStage) = await ReadBufferAAsync(ct).ConfigureAwait(false);
        await _report.ImageAsync(grid.Position, null, ImageKind.Atlas, relative, image.Width, image.Height, image.PixelSizeAngstrom, ct).ConfigureAwait(false);

        var found = SquareFinder.Find(image, geometry.SquareSideMicrons);
        var qualities = SquareSelector.Assess(image, found);
        var selected = SquareSelector.SelectBest(qualities, Settings.SquaresNum).ToHashSet();
        var targets = found.Select((s, i) =>
        {
            var (x, y) = toStage.ToStage(s.XPixels, s.YPixels);
            return new TargetReport($"g{grid.Position}/sq{i + 1}", null, TargetLevel.Square, x, y, s.XPixels, s.YPixels, qualities[i].Score, qualities[i].Label,
                selected.Contains(i), null);
        }).ToList();
        _journal.RecordFound(_session, AtlasStep(grid), grid.Position, targets.Select(t => (t, (string?)null)));
        await _report.TargetsFoundAsync(grid.Position, null, targets, ct).ConfigureAwait(false);
        foreach (var t in targets.Where(t => t.Selected))
        {
            await _report.TargetStateAsync(grid.Position, t.TargetId, WorkState.Queued, null, ct).ConfigureAwait(false);
        }

        var labels = string.Join(", ", qualities.GroupBy(q => q.Label).OrderBy(g => g.Key).Select(g => $"{g.Count()} {g.Key}"));
        await LogAsync($"g{grid.Position}/atlas", $"Grid {grid.Position}: atlas {image.Width}×{image.Height} px; {found.Count} squares found ({labels}); {selected.Count} selected",
            ct).ConfigureAwait(false);
        await QueueLogAsync($"g{grid.Position}/atlas", $"Grid {grid.Position}: queued squares {string.Join(", ", targets.Where(t => t.Selected).Select(t => t.TargetId))}", ct)
            .ConfigureAwait(false);
    }

    /// <summary>SmartScope polls AreDewarsFilling every 30 s before an atlas; images taken while nitrogen boils are blurred.</summary>
    private async Task WaitForDewarsAsync(CancellationToken ct)
    {
        while (await _scope.AreDewarsFillingAsync(ct).ConfigureAwait(false))
        {
            await Task.Delay(TimeSpan.FromSeconds(30), _time, ct).ConfigureAwait(false);
        }
    }

    /// <summary>Reads buffer A over the socket with its image→stage matrix and the stage position (plus image shift) it was taken at.</summary>
    private async Task<(Image2D Image, ImageToStage ToStage)> ReadBufferAAsync(CancellationToken ct)
    {
        var buffer = await _scope.GetBufferImageAsync(BufferSlot.A, ct).ConfigureAwait(false)
            ?? throw new Platform.SerialEm.Errors.SerialEmCommandException("GetBufferImage", "buffer A holds no image");
        var matrix = await _scope.BufImageToStageMatrixAsync("A", ct).ConfigureAwait(false);
        var stage = await _scope.ReportStageXyzAsync(ct).ConfigureAwait(false);
        var shift = await _scope.ReportImageShiftAsync(ct).ConfigureAwait(false);
        var toStage = new ImageToStage(buffer.Width, buffer.Height, matrix[0], matrix[1], matrix[2], matrix[3],
            stage.XMicrons + (shift.StageXMicrons ?? 0), stage.YMicrons + (shift.StageYMicrons ?? 0));
        return (new Image2D(buffer.Width, buffer.Height, buffer.ToFloatPixels(), toStage.PixelSizeAngstrom), toStage);
    }
}
