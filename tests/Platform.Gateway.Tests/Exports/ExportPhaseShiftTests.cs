using System.Text;
using Platform.Gateway.Tests.Micrographs;
using Platform.Gateway.Tests.Schema;
using Platform.Grains.Micrographs;
using Platform.Grains.SessionData;
using Platform.Imaging.Star;

namespace Platform.Gateway.Tests.Exports;

/// <summary>
/// Phase shifts in STAR exports, as RELION 3.1 writes them: rlnPhaseShift with the micrographs' values for phase-plate data (a
/// micrograph without one is skipped, not exported as 0), and no such column when every phase shift is 0 or missing.
/// </summary>
public sealed class ExportPhaseShiftTests
{
    private const string Start = """
        mutation ($input: StartMicrographExportInput!) { startMicrographExport(input: $input) { export { id } errors { code } } }
        """;

    private const string Exports = """
        { facility(key: "lab-a") { session(key: "session-a") { exports(first: 1) { edges { node { status micrographsSkipped outputPath } } } } } }
        """;

    [Fact]
    public async Task Phase_plate_micrographs_export_their_phase_shifts_and_one_without_a_phase_shift_is_skipped()
    {
        await using var harness = await PlatformSchemaHarness.StartAsync();
        await SeedAsync(harness, [45.5, 120.25, null]);

        var (job, star) = await ExportAsync(harness);

        Assert.Equal(("SUCCEEDED", 1.0), (job.GetProperty("status").GetString(), job.GetProperty("micrographsSkipped").GetDouble()));
        var micrographs = star.Block("micrographs").Table;
        Assert.Equal([45.5, 120.25], Enumerable.Range(0, micrographs.RowCount).Select(r => micrographs.GetDouble(r, "rlnPhaseShift")));
        var particles = star.Block("particles").Table;
        Assert.Equal([45.5, 45.5, 120.25, 120.25], Enumerable.Range(0, particles.RowCount).Select(r => particles.GetDouble(r, "rlnPhaseShift")));
    }

    [Fact]
    public async Task Without_phase_plate_data_the_export_has_no_phase_shift_column_and_keeps_every_micrograph()
    {
        await using var harness = await PlatformSchemaHarness.StartAsync();
        await SeedAsync(harness, [0.0, 0.0, null]);

        var (job, star) = await ExportAsync(harness);

        Assert.Equal(("SUCCEEDED", 0.0), (job.GetProperty("status").GetString(), job.GetProperty("micrographsSkipped").GetDouble()));
        Assert.Equal(3, star.Block("micrographs").Table.RowCount);
        Assert.False(star.Block("micrographs").Table.HasColumn("rlnPhaseShift"));
        Assert.False(star.Block("particles").Table.HasColumn("rlnPhaseShift"));
        Assert.Equal(15_000, star.Block("particles").Table.GetDouble(0, "rlnDefocusU"));
    }

    /// <summary>One agent micrograph per phase shift (in acquisition order), each with a picks file of two particles.</summary>
    private static async Task SeedAsync(PlatformSchemaHarness harness, double?[] phaseShifts)
    {
        var store = (ISessionDataStore)harness.Silo.Services.GetService(typeof(ISessionDataStore))!;
        for (var i = 0; i < phaseShifts.Length; i++)
        {
            var result = MicrographSeed.Result(i) with
            {
                DefocusUAngstrom = 15_000, DefocusVAngstrom = 14_000, CtfFitResolutionAngstrom = 3.5, PhaseShiftDegrees = phaseShifts[i],
            };
            await harness.Silo.Grains.GetGrain<IMicrographGrain>(MicrographKeys.For("session-a", "agent", result.Name))
                .RecordAsync(new RecordMicrographRequest("session-a", "lab-a", "agent", result));
            using var picks = new MemoryStream(Encoding.UTF8.GetBytes("data_\nloop_\n_rlnCoordinateX #1\n_rlnCoordinateY #2\n10 20\n30 40\n"));
            await store.WriteFileAsync("lab-a", "session-a", $"preprocessing/{result.Name}_picks.star", picks, TestContext.Current.CancellationToken);
        }
    }

    private static async Task<(System.Text.Json.JsonElement Job, StarDocument Star)> ExportAsync(PlatformSchemaHarness harness)
    {
        var started = (await harness.DataAsync(Start, new { input = new { sessionId = PlatformSchemaHarness.GlobalId("Session", "session-a"), source = "agent" } }))
            .GetProperty("startMicrographExport");
        Assert.Empty(started.GetProperty("errors").EnumerateArray());
        await harness.Silo.Runtime.DeliverDueRemindersAsync(TestContext.Current.CancellationToken);
        var job = (await harness.DataAsync(Exports)).GetProperty("facility").GetProperty("session").GetProperty("exports").GetProperty("edges")[0].GetProperty("node");
        var store = (ISessionDataStore)harness.Silo.Services.GetService(typeof(ISessionDataStore))!;
        await using var file = await store.OpenFileAsync("lab-a", "session-a", job.GetProperty("outputPath").GetString()!, TestContext.Current.CancellationToken);
        return (job, StarReader.Read(new StreamReader(file!)));
    }
}
