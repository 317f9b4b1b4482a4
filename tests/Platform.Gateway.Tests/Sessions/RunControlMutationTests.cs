using System.Text.Json;
using Platform.Gateway.Tests.Schema;

namespace Platform.Gateway.Tests.Sessions;

/// <summary>Run control and staff overrides through GraphQL, with the scope lock surfacing as a typed error.</summary>
public sealed class RunControlMutationTests
{
    [Fact]
    public async Task A_second_session_on_a_locked_scope_gets_ScopeLockedError_naming_the_holder_until_staff_remove_the_lock()
    {
        await using var harness = await PlatformSchemaHarness.StartAsync();
        await harness.SeedSecondSessionAsync("session-a2");
        var holder = PlatformSchemaHarness.GlobalId("Session", "session-a");
        var other = PlatformSchemaHarness.GlobalId("Session", "session-a2");
        const string Start = """
            mutation ($id: ID!) { startSession(input: { sessionId: $id }) {
              session { state microscope { runLock { sessionId holderUserId } } }
              errors { __typename code ... on ScopeLockedError { holderSessionId holderUserId leaseExpiresAt microscopeId } } } }
            """;

        var started = (await harness.DataAsync(Start, new { id = holder })).GetProperty("startSession");
        Assert.Equal("STARTING", started.GetProperty("session").GetProperty("state").GetString());
        Assert.Equal(holder, started.GetProperty("session").GetProperty("microscope").GetProperty("runLock").GetProperty("sessionId").GetString());
        Assert.Equal("root", started.GetProperty("session").GetProperty("microscope").GetProperty("runLock").GetProperty("holderUserId").GetString());

        var refused = (await harness.DataAsync(Start, new { id = other })).GetProperty("startSession");
        Assert.Equal(JsonValueKind.Null, refused.GetProperty("session").ValueKind);
        var locked = Assert.Single(refused.GetProperty("errors").EnumerateArray());
        Assert.Equal("ScopeLockedError", locked.GetProperty("__typename").GetString());
        Assert.Equal(holder, locked.GetProperty("holderSessionId").GetString());
        Assert.Equal("root", locked.GetProperty("holderUserId").GetString());
        Assert.Equal("2026-03-02T09:10:00.000Z", locked.GetProperty("leaseExpiresAt").GetString());
        Assert.Equal(PlatformSchemaHarness.GlobalId("Microscope", "scope-a"), locked.GetProperty("microscopeId").GetString());

        var removed = (await harness.DataAsync("""
            mutation ($id: ID!) { removeScopeLock(input: { microscopeId: $id }) { microscope { runLock { sessionId } } errors { code } } }
            """, new { id = PlatformSchemaHarness.GlobalId("Microscope", "scope-a") })).GetProperty("removeScopeLock");
        Assert.Equal(JsonValueKind.Null, removed.GetProperty("microscope").GetProperty("runLock").ValueKind);
        var retried = (await harness.DataAsync(Start, new { id = other })).GetProperty("startSession");
        Assert.Equal("STARTING", retried.GetProperty("session").GetProperty("state").GetString());
    }

    [Fact]
    public async Task Removing_the_scope_lock_of_a_running_session_stops_that_session_so_no_run_goes_on_without_the_lock()
    {
        await using var harness = await PlatformSchemaHarness.StartAsync();
        var holder = PlatformSchemaHarness.GlobalId("Session", "session-a");
        const string State = "query ($id: ID!) { node(id: $id) { ... on Session { state runMessage microscope { runLock { sessionId } } } } }";
        var started = await harness.DataAsync("mutation ($id: ID!) { startSession(input: { sessionId: $id }) { session { state } } }", new { id = holder });
        Assert.Equal("STARTING", started.GetProperty("startSession").GetProperty("session").GetProperty("state").GetString());

        var removed = (await harness.DataAsync("""
            mutation ($id: ID!) { removeScopeLock(input: { microscopeId: $id }) { microscope { runLock { sessionId } } errors { code } } }
            """, new { id = PlatformSchemaHarness.GlobalId("Microscope", "scope-a") })).GetProperty("removeScopeLock");

        Assert.Empty(removed.GetProperty("errors").EnumerateArray());
        var session = (await harness.DataAsync(State, new { id = holder })).GetProperty("node");
        Assert.Equal("STOPPED", session.GetProperty("state").GetString());
        Assert.Equal("Stopped: scope lock removed by staff root", session.GetProperty("runMessage").GetString());
        Assert.Equal(JsonValueKind.Null, session.GetProperty("microscope").GetProperty("runLock").ValueKind);
        // Stopped is an ordinary state: the owner can start again, which takes the lock again.
        var again = await harness.DataAsync("mutation ($id: ID!) { startSession(input: { sessionId: $id }) { session { state } } }", new { id = holder });
        Assert.Equal("STARTING", again.GetProperty("startSession").GetProperty("session").GetProperty("state").GetString());
    }

    [Fact]
    public async Task Stop_pause_toggle_and_force_kill_move_the_run_and_wrong_states_are_InvalidStateErrors()
    {
        await using var harness = await PlatformSchemaHarness.StartAsync();
        var id = PlatformSchemaHarness.GlobalId("Session", "session-a");
        async Task<JsonElement> Run(string field, string extra = "")
        {
            var data = await harness.DataAsync($$"""
                mutation ($id: ID!) { {{field}}(input: { sessionId: $id {{extra}} }) { session { state pauseBetweenGrids microscope { runLock { sessionId } } } errors { __typename code } } }
                """, new { id });
            return data.GetProperty(field);
        }

        var notRunning = await Run("stopSession");
        Assert.Equal("InvalidStateError", Assert.Single(notRunning.GetProperty("errors").EnumerateArray()).GetProperty("__typename").GetString());

        Assert.True((await Run("setPauseBetweenGrids", ", enabled: true")).GetProperty("session").GetProperty("pauseBetweenGrids").GetBoolean());
        Assert.Equal("STARTING", (await Run("startSession")).GetProperty("session").GetProperty("state").GetString());
        Assert.Equal("STOPPING", (await Run("stopSession")).GetProperty("session").GetProperty("state").GetString());
        var killed = (await Run("forceKillSession")).GetProperty("session");
        Assert.Equal("STOPPED", killed.GetProperty("state").GetString());
        Assert.Equal(JsonValueKind.Null, killed.GetProperty("microscope").GetProperty("runLock").ValueKind);
        Assert.Equal("STARTING", (await Run("forceStartSession")).GetProperty("session").GetProperty("state").GetString());
        var answer = await Run("answerPausePrompt", ", answer: NEXT_GRID");
        Assert.Equal("InvalidStateError", Assert.Single(answer.GetProperty("errors").EnumerateArray()).GetProperty("__typename").GetString());
    }
}
