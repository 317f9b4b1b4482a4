using System.Text;
using Platform.Gateway.Tests.Micrographs;
using Platform.Gateway.Tests.Schema;
using Platform.Grains.Micrographs;
using Platform.Grains.SessionData;
using Platform.Imaging.Star;

namespace Platform.Gateway.Tests.Exports;

/// <summary>STAR export through GraphQL: the mutation queues a job, the job runs, its status, progress and output link are on the node and in <c>Session.exports</c>.</summary>
public sealed class MicrographExportTests
{
    private const string Start = """
        mutation ($input: StartMicrographExportInput!) {
          startMicrographExport(input: $input) { export { id key status } errors { __typename code ... on ValidationError { field reason } } }
        }
        """;

    private const string Exports = """
        { facility(key: "lab-a") { session(key: "session-a") { exports(first: 10) { totalCount edges { node {
            key status micrographsTotal micrographsDone micrographsSkipped particlesWritten attempts error outputPath output { path sizeBytes downloadUrl } ranges { metric max } } } } } } }
        """;

    [Fact]
    public async Task An_export_job_runs_to_success_and_shows_its_progress_and_a_download_link()
    {
        await using var harness = await PlatformSchemaHarness.StartAsync();
        var views = await MicrographSeed.RecordAsync(harness, 20);
        var selected = views.Where(v => v.Source == "agent" && v.Result.CtfFitResolutionAngstrom is <= 4.0 && v.Result.DefocusUAngstrom is not null).ToList();
        var store = harness.Silo.Services.GetService(typeof(ISessionDataStore)) as ISessionDataStore;
        foreach (var view in selected)
        {
            using var picks = new MemoryStream(Encoding.UTF8.GetBytes("data_\nloop_\n_rlnCoordinateX #1\n_rlnCoordinateY #2\n10 20\n30 40\n"));
            await store!.WriteFileAsync("lab-a", "session-a", $"preprocessing/{view.Result.Name}_picks.star", picks, TestContext.Current.CancellationToken);
        }

        var started = (await harness.DataAsync(Start, new
        {
            input = new { sessionId = PlatformSchemaHarness.GlobalId("Session", "session-a"), ranges = new[] { new { metric = "CTF_FIT_RESOLUTION_ANGSTROM", max = 4.0 } }, source = "agent" },
        })).GetProperty("startMicrographExport");
        Assert.Empty(started.GetProperty("errors").EnumerateArray());
        Assert.Equal("QUEUED", started.GetProperty("export").GetProperty("status").GetString());

        await harness.Silo.Runtime.DeliverDueRemindersAsync(TestContext.Current.CancellationToken);
        var job = (await harness.DataAsync(Exports)).GetProperty("facility").GetProperty("session").GetProperty("exports").GetProperty("edges")[0].GetProperty("node");

        Assert.Equal("SUCCEEDED", job.GetProperty("status").GetString());
        Assert.Equal(selected.Count, job.GetProperty("micrographsDone").GetDouble() - job.GetProperty("micrographsSkipped").GetDouble());
        Assert.Equal(2.0 * selected.Count, job.GetProperty("particlesWritten").GetDouble());
        Assert.Equal(4.0, job.GetProperty("ranges")[0].GetProperty("max").GetDouble());
        var output = job.GetProperty("output");
        Assert.StartsWith("/files/lab-a/session-a/exports/", output.GetProperty("downloadUrl").GetString(), StringComparison.Ordinal);
        await using var file = await store!.OpenFileAsync("lab-a", "session-a", job.GetProperty("outputPath").GetString()!, TestContext.Current.CancellationToken);
        var star = StarReader.Read(new StreamReader(file!));
        Assert.Equal(selected.Count, star.Block("micrographs").Table.RowCount);
        Assert.Equal(2 * selected.Count, star.Block("particles").Table.RowCount);
    }

    [Fact]
    public async Task Bad_ranges_an_unknown_filter_or_session_are_typed_errors_and_queue_nothing()
    {
        await using var harness = await PlatformSchemaHarness.StartAsync();
        var session = PlatformSchemaHarness.GlobalId("Session", "session-a");
        var inverted = (await harness.DataAsync(Start, new { input = new { sessionId = session, ranges = new[] { new { metric = "DEFOCUS_ANGSTROM", min = 3.0, max = 1.0 } } } })).GetProperty("startMicrographExport");
        var unknownFilter = (await harness.DataAsync(Start, new { input = new { sessionId = session, filter = "nope" } })).GetProperty("startMicrographExport");
        var unknownSession = (await harness.DataAsync(Start, new { input = new { sessionId = PlatformSchemaHarness.GlobalId("Session", "missing") } })).GetProperty("startMicrographExport");

        Assert.Equal("ranges.DefocusAngstrom", inverted.GetProperty("errors")[0].GetProperty("field").GetString());
        Assert.Equal("NOT_FOUND", unknownFilter.GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.Equal("NOT_FOUND", unknownSession.GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.Equal(0, (await harness.DataAsync(Exports)).GetProperty("facility").GetProperty("session").GetProperty("exports").GetProperty("totalCount").GetInt32());
    }
}
