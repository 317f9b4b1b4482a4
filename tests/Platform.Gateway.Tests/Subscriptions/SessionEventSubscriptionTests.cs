using System.Text.Json;
using Platform.Gateway.Tests.Schema;
using Platform.GraphQL.Requests;
using Platform.GraphQL.Serialization;

namespace Platform.Gateway.Tests.Subscriptions;

/// <summary><c>sessionEvents</c> and <c>sessionLog</c>: replay from the durable stream, then live events caused by mutations.</summary>
public sealed class SessionEventSubscriptionTests
{
    [Fact]
    public async Task Session_events_replay_from_a_sequence_then_deliver_the_event_a_mutation_causes()
    {
        await using var harness = await PlatformSchemaHarness.StartAsync();
        var id = PlatformSchemaHarness.GlobalId("Session", "session-a");
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        cancel.CancelAfter(TimeSpan.FromSeconds(60));
        var subscription = await harness.Engine.SubscribeAsync(
            new GraphQLRequest { Query = "subscription ($id: ID!) { sessionEvents(sessionId: $id, fromSequence: 1) { sequence kind message sessionId runState } }", Variables = new Dictionary<string, object?> { ["id"] = id } },
            new RequestOptions { Services = harness.Silo.Services, User = Authorization.TestCallers.PlatformAdmin },
            cancel.Token);
        Assert.Null(subscription.Failure);
        await using var events = subscription.Results!.GetAsyncEnumerator(cancel.Token);

        // Seeding wrote: Created, then two GridsChanged.
        var replayed = new List<JsonElement>();
        for (var i = 0; i < 3; i++)
        {
            Assert.True(await events.MoveNextAsync(), "waited for a replayed session event");
            replayed.Add(Event(events.Current));
        }

        Assert.Equal([1, 2, 3], replayed.Select(e => e.GetProperty("sequence").GetInt32()));
        Assert.Equal(["CREATED", "GRIDS_CHANGED", "GRIDS_CHANGED"], replayed.Select(e => e.GetProperty("kind").GetString()));
        Assert.All(replayed, e => Assert.Equal(id, e.GetProperty("sessionId").GetString()));

        await harness.DataAsync($$"""mutation { setPauseBetweenGrids(input: { sessionId: "{{id}}", enabled: true }) { errors { code } } }""");
        Assert.True(await events.MoveNextAsync(), "waited for the event of the setPauseBetweenGrids mutation");
        var live = Event(events.Current);
        Assert.Equal(4, live.GetProperty("sequence").GetInt32());
        Assert.Equal("CREATED", live.GetProperty("runState").GetString());
    }

    [Fact]
    public async Task Subscribing_to_a_malformed_session_id_fails_before_any_event()
    {
        await using var harness = await PlatformSchemaHarness.StartAsync();
        var subscription = await harness.Engine.SubscribeAsync(
            new GraphQLRequest { Query = """subscription { sessionLog(sessionId: "nope", panel: ACQUISITION) { message } }""" },
            new RequestOptions { Services = harness.Silo.Services, User = Authorization.TestCallers.PlatformAdmin },
            TestContext.Current.CancellationToken);

        Assert.Null(subscription.Results);
        var error = Assert.Single(subscription.Failure!.Errors);
        Assert.Contains("not found", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    private static JsonElement Event(Platform.GraphQL.Execution.ExecutionResult result)
    {
        var json = JsonDocument.Parse(ResultWriter.ToUtf8(result)).RootElement;
        Assert.False(json.TryGetProperty("errors", out var errors), $"unexpected errors: {errors}");
        return json.GetProperty("data").GetProperty("sessionEvents").Clone();
    }
}
