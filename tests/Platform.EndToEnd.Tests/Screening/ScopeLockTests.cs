using System.Text.Json;
using Platform.EndToEnd.Tests.Support;

namespace Platform.EndToEnd.Tests.Screening;

/// <summary>The microscope's run lock seen from GraphQL while the agent runs a session on the simulator.</summary>
public sealed class ScopeLockTests
{
    private const string Start = """
        mutation ($id: ID!) { startSession(input: { sessionId: $id }) { session { state }
          errors { __typename code message ... on ScopeLockedError { holderSessionId microscopeId } } } }
        """;

    [Fact]
    public async Task A_second_session_started_on_the_running_scope_gets_ScopeLockedError_naming_the_holder_and_stays_unstarted()
    {
        await using var stack = await ScreeningStack.StartAsync(speed: 200);
        var holder = ScreeningStack.DemoSessionId;
        await using var events = new SessionEventRecorder(stack.GraphQL, holder);
        var other = await stack.CreateSecondSessionAsync();

        await stack.StartSessionAsync(holder);
        await events.WaitForAsync("the run going", e => SessionEventRecorder.IsRunState(e, "RUNNING"), TimeSpan.FromMinutes(2));
        var refused = (await stack.GraphQL.DataAsync(Start, new { id = other })).GetProperty("startSession");

        Assert.Equal(JsonValueKind.Null, refused.GetProperty("session").ValueKind);
        var error = Assert.Single(refused.GetProperty("errors").EnumerateArray());
        Assert.Equal("ScopeLockedError", error.GetProperty("__typename").GetString());
        Assert.Equal(holder, error.GetProperty("holderSessionId").GetString());
        Assert.Equal(ScreeningStack.DemoMicroscopeId, error.GetProperty("microscopeId").GetString());
        var state = (await stack.GraphQL.DataAsync(
            "query ($a: ID!, $b: ID!) { a: node(id: $a) { ... on Session { state microscope { runLock { sessionId } } } } b: node(id: $b) { ... on Session { state } } }",
            new { a = holder, b = other }));
        Assert.Equal("CREATED", state.GetProperty("b").GetProperty("state").GetString());
        Assert.Equal(holder, state.GetProperty("a").GetProperty("microscope").GetProperty("runLock").GetProperty("sessionId").GetString());
        Assert.Equal("RUNNING", state.GetProperty("a").GetProperty("state").GetString());
    }
}
