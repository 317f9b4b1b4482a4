using System.Text.Json;
using Platform.EndToEnd.Tests.Support;

namespace Platform.EndToEnd.Tests.Screening;

/// <summary>Soft stop from a GraphQL mutation to the simulated microscope: the current acquisition finishes, then the run stops cleanly.</summary>
public sealed class SoftStopTests
{
    [Fact]
    public async Task StopSession_mid_run_ends_the_run_STOPPED_with_the_stop_signal_notified_no_target_left_started_and_the_scope_free()
    {
        await using var stack = await ScreeningStack.StartAsync(speed: 200);
        var id = ScreeningStack.DemoSessionId;
        await using var events = new SessionEventRecorder(stack.GraphQL, id);

        await stack.StartSessionAsync(id);
        await events.WaitForAsync("the first exposure", IsExposureLog, TimeSpan.FromMinutes(3));
        var stop = (await stack.GraphQL.DataAsync(
            "mutation ($id: ID!) { stopSession(input: { sessionId: $id }) { session { state } errors { __typename code message } } }", new { id })).GetProperty("stopSession");
        Assert.Empty(stop.GetProperty("errors").EnumerateArray());
        Assert.Equal("STOPPING", stop.GetProperty("session").GetProperty("state").GetString());

        await FullRunTests.WaitForFinalStateAsync(stack, events, "STOPPED");
        await events.WaitForAsync("the agent's stop-signal log line",
            e => e.GetProperty("kind").GetString() == "LOG" && e.GetProperty("message").GetString()!.StartsWith("Stop signal received", StringComparison.Ordinal),
            TimeSpan.FromSeconds(30));
        Assert.Contains(events.Events, e => e.GetProperty("kind").GetString() == "NOTIFICATION" && e.GetProperty("message").GetString()!.StartsWith("Stop signal received", StringComparison.Ordinal));
        await events.WaitForAsync("the agent's stop-signal notification",
            e => e.GetProperty("kind").GetString() == "NOTIFICATION" && e.GetProperty("message").GetString()!.Contains("will stop after the current acquisition", StringComparison.Ordinal),
            TimeSpan.FromSeconds(30));

        var session = (await stack.GraphQL.DataAsync("""
            query ($id: ID!) { node(id: $id) { ... on Session { state grids { position state } microscope { runLock { sessionId } } } } }
            """, new { id })).GetProperty("node");
        Assert.Equal("STOPPED", session.GetProperty("state").GetString());
        Assert.Equal(JsonValueKind.Null, session.GetProperty("microscope").GetProperty("runLock").ValueKind);
        Assert.NotEqual(["COMPLETED", "COMPLETED"], session.GetProperty("grids").EnumerateArray().Select(g => g.GetProperty("state").GetString()));
        Assert.DoesNotContain(session.GetProperty("grids").EnumerateArray(), g => g.GetProperty("state").GetString() == "STARTED");
        var acquired = 0;
        var dump = "";
        foreach (var position in new[] { 1, 2 })
        {
            var targets = await FullRunTests.TargetsAsync(stack, ScreeningStack.DemoSessionId, position);
            Assert.DoesNotContain(targets, t => t.GetProperty("state").GetString() == "STARTED");
            acquired += targets.Sum(t => t.GetProperty("acquisitionCount").GetInt32());
            dump += string.Join('\n', targets.Select(t => t.GetRawText())) + "\n";
        }

        Assert.True(acquired >= 1, "the acquisition under way when the stop arrived was finished and recorded:\n" + dump);
    }

    private static bool IsExposureLog(JsonElement e) =>
        e.GetProperty("kind").GetString() == "LOG" && e.GetProperty("panel").GetString() == "ACQUISITION"
        && e.GetProperty("message").GetString()!.Contains(": acquired at defocus", StringComparison.Ordinal);
}
