using Platform.GraphQL.Requests;
using Platform.GraphQL.SampleServer;
using Platform.GraphQL.SampleServer.Library;

namespace Platform.GraphQL.Tests.Execution;

/// <summary>Subscriptions (spec §6.2.3): each source event is executed as its own response.</summary>
public sealed class SubscriptionTests
{
    [Fact]
    public async Task Each_event_of_the_source_stream_becomes_a_response()
    {
        var engine = new GraphQLEngine(SampleSchema.Build(new BookStore()));

        var started = await engine.SubscribeAsync(new GraphQLRequest { Query = "subscription { countdown(from: 2) }" }, cancellationToken: TestContext.Current.CancellationToken);
        var results = new List<string>();
        await foreach (var result in started.Results!.WithCancellation(TestContext.Current.CancellationToken))
        {
            results.Add(Run.Json(result));
        }

        Assert.Null(started.Failure);
        Assert.Equal(["""{"data":{"countdown":2}}""", """{"data":{"countdown":1}}""", """{"data":{"countdown":0}}"""], results);
    }

    [Fact]
    public async Task Events_are_executed_with_the_subscription_selection_set()
    {
        var store = new BookStore();
        var engine = new GraphQLEngine(SampleSchema.Build(store));
        var cancellationToken = TestContext.Current.CancellationToken;
        var started = await engine.SubscribeAsync(new GraphQLRequest { Query = "subscription { bookAdded { title author { name } } }" }, cancellationToken: cancellationToken);
        await using var events = started.Results!.GetAsyncEnumerator(cancellationToken);

        var next = events.MoveNextAsync();
        await store.WhenSubscribedAsync().WaitAsync(TimeSpan.FromSeconds(10), cancellationToken);
        store.Add("Fresh", "a1", Genre.Science);

        Assert.True(await next);
        Assert.Equal("""{"data":{"bookAdded":{"title":"Fresh","author":{"name":"Author 1"}}}}""", Run.Json(events.Current));
    }

    [Fact]
    public async Task An_invalid_subscription_fails_before_any_event()
    {
        var engine = new GraphQLEngine(SampleSchema.Build(new BookStore()));

        var started = await engine.SubscribeAsync(new GraphQLRequest { Query = "subscription { countdown(from: 1) bookAdded { title } }" }, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Null(started.Results);
        Assert.Equal("Anonymous Subscription must select only one top level field.", Assert.Single(started.Failure!.Errors).Message);
    }

    [Fact]
    public async Task A_subscription_sent_to_the_single_result_path_is_refused()
    {
        var engine = new GraphQLEngine(SampleSchema.Build(new BookStore()));

        var result = await engine.ExecuteAsync(new GraphQLRequest { Query = "subscription { countdown(from: 1) }" }, cancellationToken: TestContext.Current.CancellationToken);

        Assert.False(result.HasData);
        Assert.Contains("streaming transport", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_subscription_whose_only_field_is_skipped_fails_cleanly()
    {
        var engine = new GraphQLEngine(SampleSchema.Build(new BookStore()));

        var started = await engine.SubscribeAsync(new GraphQLRequest { Query = "subscription { countdown(from: 1) @skip(if: true) }" }, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Null(started.Results);
        Assert.Equal("The subscription selects no field (all were skipped).", Assert.Single(started.Failure!.Errors).Message);
    }
}
