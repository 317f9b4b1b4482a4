using System.Text.Json;
using Platform.AgentLink.Contracts;
using Platform.AgentLink.Tests.Support;
using Platform.Preprocessing.Tests.Tracks;
using Platform.Testing;

namespace Platform.Preprocessing.Tests.Reports;

/// <summary>The agent's micrograph report on the platform: merged by source and name, idempotent, malformed values refused whole.</summary>
public sealed class MicrographReportTests
{
    private const string Submit = """
        mutation Submit($m: ID!, $reports: [AgentReportInput!]!) {
          submitAgentReports(microscopeId: $m, reports: $reports) { results { idempotencyKey status code message } }
        }
        """;

    private static readonly string _sha = new('a', 64);

    [Fact]
    public async Task A_later_report_with_only_the_transfer_values_completes_the_micrograph_and_a_resend_is_a_duplicate()
    {
        await using var silo = await DemoSilo.StartAsync();
        using var platform = new PlatformClient(silo.BaseAddress);
        using var agent = new PlatformClient(silo.BaseAddress, asAgent: true);
        var at = new DateTimeOffset(2026, 11, 21, 10, 0, 0, TimeSpan.Zero);
        await using (var link = Links.Start(platform.Endpoint, Links.NewDatabasePath()))
        {
            var ct = TestContext.Current.CancellationToken;
            await link.EnqueueAsync(new MicrographReport("pre-m1", PlatformClient.DemoSession, at, "m1")
            {
                AcquiredAtUtc = at, Frames = 40, DefocusUAngstrom = 15_000, DefocusVAngstrom = 14_000, AstigmatismAngleDegrees = 30,
                CtfFitResolutionAngstrom = 3.5, ParticleCount = 120, DriftTotalAngstrom = 8, DriftTraceXAngstrom = [0, 1], DriftTraceYAngstrom = [0, -1],
                ThumbnailPath = "preprocessing/m1_thumb.png",
            }, ct);
            await link.EnqueueAsync(new MicrographReport("transfer-m1", PlatformClient.DemoSession, at.AddMinutes(1), "m1")
            {
                FilePath = "frames/m1.tif", FileSizeBytes = 3_000_000_000, FileSha256 = _sha,
            }, ct);
            await Links.DeliveredAsync(link);
            Assert.Empty(link.RefusedReports);
        }

        var node = await OnlyMicrographAsync(platform);
        Assert.Equal(14_500, node.GetProperty("defocusAngstrom").GetDouble());
        Assert.Equal(120, node.GetProperty("particleCount").GetInt32());
        Assert.Equal([0.0, 1.0], node.GetProperty("driftTraceXAngstrom").EnumerateArray().Select(x => x.GetDouble()));
        Assert.Equal("preprocessing/m1_thumb.png", node.GetProperty("thumbnailPath").GetString());
        Assert.Equal("frames/m1.tif", node.GetProperty("filePath").GetString());
        Assert.Equal(3_000_000_000, node.GetProperty("fileSizeBytes").GetDouble());
        Assert.Equal(_sha, node.GetProperty("fileSha256").GetString());

        var resend = await SubmitAsync(agent, new { micrograph = Report("transfer-m1-again", new { name = "m1", filePath = "frames/m1.tif", fileSha256 = _sha }) });
        Assert.Equal("DUPLICATE", resend[0].GetProperty("status").GetString());
        Assert.Equal(0, await silo.StopAsync());
    }

    [Fact]
    public async Task Malformed_micrograph_values_are_rejected_by_field_and_change_nothing()
    {
        await using var silo = await DemoSilo.StartAsync();
        using var platform = new PlatformClient(silo.BaseAddress);
        using var agent = new PlatformClient(silo.BaseAddress, asAgent: true);
        var good = await SubmitAsync(agent, new { micrograph = Report("good", new { name = "m1", defocusUAngstrom = 15_000.0, defocusVAngstrom = 14_000.0, frames = 40 }) });
        Assert.Equal("APPLIED", good[0].GetProperty("status").GetString());

        object[] bad =
        [
            new { micrograph = Report("bad-name", new { name = "a/b", frames = 40 }) },
            new { micrograph = Report("bad-frames", new { name = "m1", frames = 0, defocusUAngstrom = 1.0 }) },
            new { micrograph = Report("bad-sha", new { name = "m1", fileSha256 = "xyz", defocusUAngstrom = 1.0 }) },
            new { micrograph = Report("bad-path", new { name = "m1", filePath = "../../etc/passwd", defocusUAngstrom = 1.0 }) },
            new { micrograph = Report("bad-trace", new { name = "m1", driftTraceXAngstrom = new[] { 0.0, 1.0 }, driftTraceYAngstrom = new[] { 0.0 }, defocusUAngstrom = 1.0 }) },
            new { micrograph = Report("bad-defocus", new { name = "m1", defocusUAngstrom = -5.0 }) },
            new { micrograph = Report("bad-size", new { name = "m1", fileSizeBytes = 1.5, defocusUAngstrom = 1.0 }) },
            new { micrograph = Report("other-session", new { name = "m1" }, sessionId: "no-such-session") },
        ];
        var results = await SubmitAsync(agent, bad);

        Assert.All(results, r => Assert.Equal("REJECTED", r.GetProperty("status").GetString()));
        Assert.Equal(["MALFORMED_REPORT", "MALFORMED_REPORT", "MALFORMED_REPORT", "MALFORMED_REPORT", "MALFORMED_REPORT", "MALFORMED_REPORT", "MALFORMED_REPORT", "UNKNOWN_SESSION"],
            results.Select(r => r.GetProperty("code").GetString()));
        Assert.Contains("result.frames", results[1].GetProperty("message").GetString(), StringComparison.Ordinal);
        var node = await OnlyMicrographAsync(platform);
        Assert.Equal(15_000, node.GetProperty("defocusUAngstrom").GetDouble());
        Assert.Equal(40, node.GetProperty("frames").GetInt32());
        Assert.Equal(JsonValueKind.Null, node.GetProperty("fileSha256").ValueKind);
        Assert.Equal(0, await silo.StopAsync());
    }

    [Fact]
    public async Task Each_agent_micrograph_counts_once_as_transferred_and_once_as_processed_however_often_it_is_reported()
    {
        await using var silo = await DemoSilo.StartAsync();
        using var platform = new PlatformClient(silo.BaseAddress);
        using var agent = new PlatformClient(silo.BaseAddress, asAgent: true);

        var first = await SubmitAsync(agent,
            new { micrograph = Report("pre-m1", new { name = "m1", frames = 40, defocusUAngstrom = 15_000.0, defocusVAngstrom = 14_000.0, driftTotalAngstrom = 8.0 }) },
            new { micrograph = Report("transfer-m1", new { name = "m1", filePath = "frames/m1.tif", fileSha256 = _sha }) },
            new { micrograph = Report("pre-m2", new { name = "m2", frames = 40, defocusUAngstrom = 12_000.0, defocusVAngstrom = 11_000.0 }) },
            new { micrograph = Report("transfer-m3", new { name = "m3", filePath = "frames/m3.tif", fileSha256 = _sha }) });
        Assert.All(first, r => Assert.Equal("APPLIED", r.GetProperty("status").GetString()));
        Assert.Equal((2, 2), await CountersAsync(platform));

        // m1 re-processed with new values and m2's movie arriving: new report keys, but m1 was already counted in both.
        var later = await SubmitAsync(agent,
            new { micrograph = Report("reprocess-m1", new { name = "m1", defocusUAngstrom = 15_500.0, defocusVAngstrom = 14_500.0 }) },
            new { micrograph = Report("transfer-m2", new { name = "m2", filePath = "frames/m2.tif", fileSha256 = _sha }) },
            new { micrograph = Report("transfer-m1-again", new { name = "m1", filePath = "frames/m1.tif", fileSha256 = _sha }) });
        Assert.Equal(["APPLIED", "APPLIED", "DUPLICATE"], later.Select(r => r.GetProperty("status").GetString()));
        Assert.Equal((3, 2), await CountersAsync(platform));
        Assert.Equal(0, await silo.StopAsync());
    }

    private static async Task<(int MoviesTransferred, int MicrographsProcessed)> CountersAsync(PlatformClient platform)
    {
        var counters = (await platform.DataAsync($$"""{ facility(key: "demo") { session(key: "{{PlatformClient.DemoSession}}") { counters { moviesTransferred micrographsProcessed } } } }"""))
            .GetProperty("facility").GetProperty("session").GetProperty("counters");
        return (counters.GetProperty("moviesTransferred").GetInt32(), counters.GetProperty("micrographsProcessed").GetInt32());
    }

    private static async Task<JsonElement> OnlyMicrographAsync(PlatformClient platform)
    {
        var list = (await platform.DataAsync(PreprocessingToPlatformTests.MicrographsQuery)).GetProperty("facility").GetProperty("session").GetProperty("micrographs");
        return Assert.Single(list.GetProperty("edges").EnumerateArray()).GetProperty("node");
    }

    private static async Task<List<JsonElement>> SubmitAsync(PlatformClient platform, params object[] batch) =>
        [.. (await platform.DataAsync(Submit, new { m = PlatformClient.DemoMicroscope, reports = batch })).GetProperty("submitAgentReports").GetProperty("results").EnumerateArray()];

    private static Dictionary<string, object?> Report(string key, object result, string sessionId = PlatformClient.DemoSession) => new()
    {
        ["idempotencyKey"] = key, ["sessionId"] = sessionId, ["occurredAt"] = "2026-11-21T10:00:00Z", ["result"] = result,
    };
}
