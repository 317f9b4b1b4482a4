using Platform.AgentLink.Contracts;
using Platform.EdgeAgent.Tests.Support;
using Platform.MicroscopeSimulator.GroundTruth;

namespace Platform.EdgeAgent.Tests.Workflow;

/// <summary>A whole two-grid screening session against the simulator, checked report by report.</summary>
public sealed class ScreeningRunTests
{
    internal static readonly AcquisitionSettings Screening = new()
    {
        AtlasTilesX = 6, AtlasTilesY = 6, SquaresNum = 2, HolesPerSquare = 1, BisMaxDistanceMicrons = 3, MinBisGroupSize = 1,
        TargetDefocusMinMicrons = -1.0, TargetDefocusMaxMicrons = -2.0, StepDefocusMicrons = 0.5, DriftCritAngstromPerSecond = 2,
        SaveFrames = true, OffsetTargeting = true, OffsetDistanceMicrons = -1, ZerolossDelayHours = 1,
    };

    [Fact]
    public async Task A_two_grid_screening_run_reports_targets_images_acquisitions_logs_and_final_states()
    {
        await using var bench = new ScopeBench();
        bench.StartAgent();

        var final = await bench.RunToEndAsync(ScopeBench.Plan("s-full", Screening));

        var link = bench.Link;
        Assert.Equal(RunState.Completed, final.State);
        Assert.Equal([1, 2], link.All<GridStateReport>().Where(g => g.State == WorkState.Completed).Select(g => g.GridPosition).Order());
        Assert.Distinct(link.Reports.Select(r => r.IdempotencyKey));

        foreach (var position in new[] { 1, 2 })
        {
            var atlas = Assert.Single(link.All<ImageReport>(), i => i.GridPosition == position && i.Kind == ImageKind.Atlas);
            var squares = Assert.Single(link.All<TargetsFoundReport>(), f => f.GridPosition == position && f.ParentTargetId is null).Targets;
            var selected = squares.Where(s => s.Selected).ToList();
            Assert.Equal(Screening.SquaresNum, selected.Count);
            // Every selected square really is a good one by the simulator's ground truth beside the atlas.
            var truth = TruthFile.Read<AtlasTruth>(Path.Combine(bench.Folder, atlas.RelativePath));
            foreach (var s in selected)
            {
                var nearest = truth.Squares.MinBy(t => Math.Pow(t.CenterStage.XMicrons - s.StageXMicrons, 2) + Math.Pow(t.CenterStage.YMicrons - s.StageYMicrons, 2))!;
                Assert.Equal("Good", nearest.Class);
            }

            Assert.Equal(selected.Count, link.All<ImageReport>().Count(i => i.GridPosition == position && i.Kind == ImageKind.Square));
            var holeLists = link.All<TargetsFoundReport>().Where(f => f.GridPosition == position && f.ParentTargetId is not null).ToList();
            Assert.Equal(selected.Select(s => s.TargetId).Order(), holeLists.Select(h => h.ParentTargetId!).Order());
            Assert.All(holeLists, h => Assert.InRange(h.Targets.Where(t => t.Selected).Select(t => t.BisGroup).Distinct().Count(), 1, Screening.HolesPerSquare));
        }

        var acquisitions = link.All<AcquisitionReport>();
        var queuedHoles = link.All<TargetsFoundReport>().Where(f => f.ParentTargetId is not null).SelectMany(f => f.Targets).Where(t => t.Selected).ToList();
        Assert.Equal(queuedHoles.Select(h => h.TargetId).Order(), acquisitions.Select(a => a.TargetId).Order());
        Assert.All(acquisitions, a =>
        {
            var movie = Path.Combine(bench.Folder, a.RelativePath);
            Assert.True(File.Exists(movie), movie);
            Assert.True(File.Exists(TruthFile.PathFor(movie)), "ground truth beside the movie");
            Assert.Equal(4, a.Frames);
            Assert.True(a.DoseElectronsPerSquareAngstrom > 0);
        });
        Assert.True(acquisitions.Select(a => Math.Round(a.DefocusMicrons, 1)).Distinct().Count() >= 2, "defocus cycles between groups");
        foreach (var hole in queuedHoles)
        {
            var states = link.All<TargetStateReport>().Where(t => t.TargetId == hole.TargetId).Select(t => t.State).ToList();
            Assert.Equal([WorkState.Queued, WorkState.Started, WorkState.Acquired], states);
        }

        var logs = link.All<LogReport>();
        Assert.Contains(logs, l => l.Panel == LogPanel.Acquisition && l.Message.Contains("atlas", StringComparison.Ordinal));
        Assert.Contains(logs, l => l.Panel == LogPanel.Queue);
        Assert.Contains(logs, l => l.Panel == LogPanel.Processing && l.Message.Contains("ready for pre-processing", StringComparison.Ordinal));
        var executed = bench.Simulator.ExecutedCommands;
        Assert.Equal(2, executed.Count(c => c == "LoadCartridge"));
        Assert.Contains("DriftWaitTask", executed);
        Assert.Contains("RefineZLP", executed);
        Assert.Equal(acquisitions.Count, executed.Count(c => c == "Preview"));
        Assert.False(bench.Simulator.Microscope.Optics.ValvesOpen, "valves closed at the end of the run");
    }
}
