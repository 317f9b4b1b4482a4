using Platform.AgentLink.Contracts;
using Platform.AgentLink.Tests.Support;
using Platform.Testing;

namespace Platform.AgentLink.Tests.EndToEnd;

/// <summary>Commands reach the agent over graphql-transport-ws, in order, and a restarted link resumes after the last one it processed.</summary>
public sealed class CommandTests
{
    // The demo session's global id (GlobalId.Encode("Session", "demo-session")).
    private const string EditMutation = """
        mutation Edit($add: [FoundTargetInput!], $remove: [ID!]) {
          editGridTargets(input: { sessionId: "U2Vzc2lvbjpkZW1vLXNlc3Npb24", gridPosition: 1, add: $add, remove: $remove }) { commandId errors { code field message } }
        }
        """;

    [Fact]
    public async Task Target_edits_on_the_platform_reach_the_agent_as_commands_and_a_restarted_link_resumes_after_the_last_processed()
    {
        await using var silo = await DemoSilo.StartAsync();
        using var platform = new PlatformClient(silo.BaseAddress);
        var ct = TestContext.Current.CancellationToken;
        var database = Links.NewDatabasePath();
        await using (var agent = Links.Start(platform.Endpoint, database))
        {
            await agent.EnqueueAsync(new TargetsFoundReport("holes", PlatformClient.DemoSession, DateTimeOffset.UtcNow, 1, "g1/sq1", [ReportRoutingTests.Target("g1/sq1/h1", null, TargetLevel.Hole, 0.9)]), ct);
            await Links.DeliveredAsync(agent);
        }

        var first = await EditAsync(platform, new { add = new[] { Hole("user/h1") }, remove = Array.Empty<string>() });
        var second = await EditAsync(platform, new { add = Array.Empty<object>(), remove = new[] { "g1/sq1/h1" } });
        await using (var agent = Links.Start(platform.Endpoint, database))
        {
            var received = await TakeAsync(agent, 2);
            var added = Assert.IsType<EditTargetsCommand>(received[0]);
            Assert.Equal(first, added.CommandId);
            Assert.Equal("user/h1", Assert.Single(added.Added).TargetId);
            Assert.Equal(TargetLevel.Hole, added.Added[0].Level);
            var removed = Assert.IsType<EditTargetsCommand>(received[1]);
            Assert.Equal(second, removed.CommandId);
            Assert.Equal(["g1/sq1/h1"], removed.RemovedTargetIds);
        }

        var third = await EditAsync(platform, new { add = new[] { Hole("user/h2") }, remove = Array.Empty<string>() });
        await using (var agent = Links.Start(platform.Endpoint, database))
        {
            Assert.Equal(third, Assert.Single(await TakeAsync(agent, 1)).CommandId);
        }

        Assert.Equal("SKIPPED", (await platform.TargetAsync(PlatformClient.DemoSession, 1, "g1/sq1/h1")).GetProperty("state").GetString());
        Assert.True((await platform.TargetAsync(PlatformClient.DemoSession, 1, "user/h1")).GetProperty("addedByUser").GetBoolean());
    }

    [Fact]
    public async Task An_edit_removing_an_unknown_target_is_refused_with_typed_errors_and_sends_no_command()
    {
        await using var silo = await DemoSilo.StartAsync();
        using var platform = new PlatformClient(silo.BaseAddress);

        var data = await platform.DataAsync(EditMutation, new { add = Array.Empty<object>(), remove = new[] { "nope" } });

        var payload = data.GetProperty("editGridTargets");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, payload.GetProperty("commandId").ValueKind);
        var error = Assert.Single(payload.GetProperty("errors").EnumerateArray());
        Assert.Equal("INVALID_INPUT", error.GetProperty("code").GetString());
        Assert.Equal("removed[0]", error.GetProperty("field").GetString());
        var marker = await EditAsync(platform, new { add = new[] { Hole("marker") }, remove = Array.Empty<string>() });
        await using var agent = Links.Start(platform.Endpoint, Links.NewDatabasePath());
        Assert.Equal(marker, Assert.Single(await TakeAsync(agent, 1)).CommandId);
    }

    [Fact]
    public async Task The_command_connection_comes_back_after_the_platform_is_killed_and_delivers_what_was_issued_after_the_restart()
    {
        var silo = await DemoSilo.StartAsync();
        try
        {
            using var platform = new PlatformClient(silo.BaseAddress);
            await using var agent = Links.Start(platform.Endpoint, Links.NewDatabasePath());
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(90));
            await using var commands = agent.CommandsAsync(timeout.Token).GetAsyncEnumerator(timeout.Token);
            var before = await EditAsync(platform, new { add = new[] { Hole("before") }, remove = Array.Empty<string>() });
            Assert.True(await commands.MoveNextAsync());
            Assert.Equal(before, commands.Current.CommandId);

            await silo.KillAsync();
            silo = await silo.RestartAsync();
            var after = await EditAsync(platform, new { add = new[] { Hole("after") }, remove = Array.Empty<string>() });

            Assert.True(await commands.MoveNextAsync());
            Assert.Equal(after, commands.Current.CommandId);
        }
        finally
        {
            await silo.DisposeAsync();
        }
    }

    private static async Task<string> EditAsync(PlatformClient platform, object variables)
    {
        var payload = (await platform.DataAsync(EditMutation, variables)).GetProperty("editGridTargets");
        Assert.Empty(payload.GetProperty("errors").EnumerateArray());
        return payload.GetProperty("commandId").GetString()!;
    }

    /// <summary>The first <paramref name="count"/> commands; processing of the last is acknowledged by asking for one more (never answered here).</summary>
    private static async Task<List<AgentCommand>> TakeAsync(GraphQLPlatformLink agent, int count)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        var commands = new List<AgentCommand>();
        await using var enumerator = agent.CommandsAsync(timeout.Token).GetAsyncEnumerator(timeout.Token);
        while (commands.Count < count && await enumerator.MoveNextAsync())
        {
            commands.Add(enumerator.Current);
        }

        Assert.True(commands.Count == count, $"expected {count} commands within a minute, got {commands.Count}");
        timeout.CancelAfter(TimeSpan.FromMilliseconds(500));
        await enumerator.MoveNextAsync();
        return commands;
    }

    private static object Hole(string id) => new { targetId = id, parentTargetId = "g1/sq1", level = "HOLE", stageXMicrons = 12.5, stageYMicrons = -3.0 };
}
