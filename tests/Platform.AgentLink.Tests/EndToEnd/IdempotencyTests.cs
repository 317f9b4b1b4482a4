using System.Text.Json;
using Platform.AgentLink.Tests.Support;
using Platform.Testing;

namespace Platform.AgentLink.Tests.EndToEnd;

/// <summary>submitAgentReports as a hand-written agent calls it: resent batches, refused reports, unknown microscopes.</summary>
public sealed class IdempotencyTests
{
    private const string Submit = """
        mutation Submit($m: ID!, $reports: [AgentReportInput!]!) {
          submitAgentReports(microscopeId: $m, reports: $reports) { results { idempotencyKey status code message } }
        }
        """;

    [Fact]
    public async Task A_resent_batch_is_a_no_op_and_refused_reports_change_nothing()
    {
        await using var silo = await DemoSilo.StartAsync();
        using var platform = new PlatformClient(silo.BaseAddress);
        using var agent = new PlatformClient(silo.BaseAddress, asAgent: true);
        object[] batch =
        [
            new { targetsFound = Report("found", new { gridPosition = 1, targets = new[] { new { targetId = "h1", level = "HOLE", stageXMicrons = 1.0, stageYMicrons = 2.0 } } }) },
            new { acquisition = Report("acq", new { gridPosition = 1, targetId = "h1", relativePath = "f/h1.tif", defocusMicrons = -2.0, imageShiftXMicrons = 0.0, imageShiftYMicrons = 0.0, exposureSeconds = 2.0, frames = 40, doseElectronsPerSquareAngstrom = 50.0 }) },
            new { log = Report("log", new { panel = "QUEUE", message = "one line" }) },
            new { log = Report("other-session", new { panel = "QUEUE", message = "x" }, sessionId: "no-such-session") },
            new { targetState = Report("unknown-target", new { gridPosition = 1, targetId = "nope", state = "STARTED" }) },
            new { targetState = Report("unknown-grid", new { gridPosition = 9, targetId = "h1", state = "STARTED" }) },
            new { acquisition = Report("bad-numbers", new { gridPosition = 1, targetId = "h1", relativePath = "f/x.tif", defocusMicrons = -2.0, imageShiftXMicrons = 0.0, imageShiftYMicrons = 0.0, exposureSeconds = -1.0, frames = 40, doseElectronsPerSquareAngstrom = 50.0 }) },
            new { log = Report("bad-time", new { panel = "QUEUE", message = "x" }, occurredAt: "yesterday") },
            new { runState = Report("not-started", new { state = "COMPLETED" }) },
        ];

        var first = await SubmitAsync(agent, batch);
        var second = await SubmitAsync(agent, batch);

        Assert.Equal(
            ["APPLIED", "APPLIED", "APPLIED", "REJECTED", "REJECTED", "REJECTED", "REJECTED", "REJECTED", "REJECTED"],
            first.Select(r => r.GetProperty("status").GetString()));
        Assert.Equal(
            ["UNKNOWN_SESSION", "UNKNOWN_TARGET", "UNKNOWN_GRID", "MALFORMED_REPORT", "MALFORMED_REPORT", "INVALID_STATE"],
            first.Skip(3).Select(r => r.GetProperty("code").GetString()));
        Assert.Equal(["DUPLICATE", "DUPLICATE", "DUPLICATE"], second.Take(3).Select(r => r.GetProperty("status").GetString()));
        var hole = await platform.TargetAsync(PlatformClient.DemoSession, 1, "h1");
        Assert.Single(hole.GetProperty("acquisitions").EnumerateArray());
        Assert.Equal("QUEUED", hole.GetProperty("state").GetString());
        Assert.Equal(0, await silo.StopAsync());
        Assert.Equal(["one line"], await SiloDatabase.LogMessagesAsync(silo.DatabasePath, PlatformClient.DemoSession));
    }

    [Fact]
    public async Task An_unknown_microscope_or_a_report_with_two_kinds_is_refused_as_a_whole()
    {
        await using var silo = await DemoSilo.StartAsync();
        using var platform = new PlatformClient(silo.BaseAddress, asAgent: true);
        var log = new { log = Report("x", new { panel = "QUEUE", message = "x" }) };

        var unknown = await platform.PostAsync(Submit, new { m = "no-such-scope", reports = new[] { log } });
        var twoKinds = await platform.PostAsync(Submit, new { m = PlatformClient.DemoMicroscope, reports = new[] { new { log = log.log, runState = Report("y", new { state = "RUNNING" }) } } });

        Assert.Equal("UNKNOWN_MICROSCOPE", unknown.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.True(twoKinds.GetProperty("errors").GetArrayLength() > 0);
        Assert.Equal(0, await silo.StopAsync());
        Assert.Empty(await SiloDatabase.LogMessagesAsync(silo.DatabasePath, PlatformClient.DemoSession));
    }

    private static async Task<List<JsonElement>> SubmitAsync(PlatformClient platform, object[] batch) =>
        [.. (await platform.DataAsync(Submit, new { m = PlatformClient.DemoMicroscope, reports = batch })).GetProperty("submitAgentReports").GetProperty("results").EnumerateArray()];

    private static Dictionary<string, object?> Report(string key, object fields, string sessionId = PlatformClient.DemoSession, string occurredAt = "2026-11-21T10:00:00Z")
    {
        var report = new Dictionary<string, object?> { ["idempotencyKey"] = key, ["sessionId"] = sessionId, ["occurredAt"] = occurredAt };
        foreach (var property in fields.GetType().GetProperties())
        {
            report[property.Name] = property.GetValue(fields);
        }

        return report;
    }
}
