using Platform.GraphQL.Building;
using Platform.GraphQL.DataLoading;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Requests;

namespace Platform.GraphQL.Tests.DataLoading;

/// <summary>
/// A memo's table is pooled between requests and given back when its request's scope ends: no request ever reads another's
/// entries, during or after its own execution.
/// </summary>
public sealed class RequestMemoLifetimeTests
{
    // Each test uses its own value type, so the pool it sees (one per key and value type) is not shared with parallel tests.
    private sealed record Seen(string Request, string Key);

    private sealed record Racer(int Request, string Key);

    private sealed record Late(string Request, string Key);

    [Fact]
    public async Task A_memo_asked_after_its_scope_ended_loads_afresh_and_never_sees_the_next_request_holding_its_table()
    {
        var first = new DataLoaderScope();
        var firstMemo = first.GetOrCreateMemo<string, Seen>("seen", key => Task.FromResult<Seen?>(new Seen("first", key)));
        var before = await firstMemo.LoadAsync("a");
        first.End();

        // The next request of the same types gets the emptied table back.
        var second = new DataLoaderScope();
        var secondMemo = second.GetOrCreateMemo<string, Seen>("seen", key => Task.FromResult<Seen?>(new Seen("second", key)));
        Assert.Equal(new Seen("second", "a"), await secondMemo.LoadAsync("a"));

        // The first request's memo, asked again after its end, loads from its own source, remembering nothing.
        var after = await firstMemo.LoadAsync("a");
        var again = await firstMemo.LoadAsync("a");
        Assert.Equal(new Seen("first", "a"), after);
        Assert.NotSame(before, after);
        Assert.NotSame(after, again);
        Assert.Equal(new Seen("second", "a"), await secondMemo.LoadAsync("a"));
        Assert.Equal(1, secondMemo.LoadCount);
        second.End();
    }

    [Fact]
    public async Task A_memo_made_after_its_scope_ended_loads_but_holds_no_pooled_table()
    {
        var scope = new DataLoaderScope();
        scope.End();
        var loads = 0;
        var memo = scope.GetOrCreateMemo<string, Late>("late", key => Task.FromResult<Late?>(new Late("ended", key + ++loads)));

        Assert.Equal(new Late("ended", "k1"), await memo.LoadAsync("k"));
        Assert.Equal(new Late("ended", "k2"), await memo.LoadAsync("k"));
        scope.End();
    }

    [Fact]
    public async Task Requests_running_in_parallel_each_see_only_their_own_values_while_tables_go_round_the_pool()
    {
        var cancellation = TestContext.Current.CancellationToken;
        var wrong = 0;
        await Task.WhenAll(Enumerable.Range(0, 8).Select(worker => Task.Run(async () =>
        {
            for (var round = 0; round < 200; round++)
            {
                var request = worker * 1000 + round;
                var scope = new DataLoaderScope();
                var memo = scope.GetOrCreateMemo<string, Racer>("racers", key => Task.FromResult<Racer?>(new Racer(request, key)));
                for (var key = 0; key < 40; key++)
                {
                    // Each key twice: the second read is the memo's, and must still be this request's value.
                    var name = "k" + key % 20;
                    var value = await memo.LoadAsync(name);
                    if (value != new Racer(request, name))
                    {
                        Interlocked.Increment(ref wrong);
                    }
                }

                if (memo.LoadCount != 20)
                {
                    Interlocked.Increment(ref wrong);
                }

                scope.End();
            }
        }, cancellation)));

        Assert.Equal(0, wrong);
        Assert.InRange(MemoTablePool<string, Racer>.KeptCount, 1, 32);
    }

    [Fact]
    public async Task The_engine_ends_a_requests_memos_when_its_execution_ends()
    {
        RequestMemo<string, Seen>? captured = null;
        var request = 0;
        var builder = new SchemaBuilder();
        builder.Query(q => q.Field("name").Type("String").Argument("key", "String!").Resolve(async ctx =>
        {
            var current = ++request;
            captured = ctx.DataLoaders.GetOrCreateMemo<string, Seen>("engine-seen", key => Task.FromResult<Seen?>(new Seen("request " + current, key)));
            var first = await captured.LoadAsync(ctx.Argument<string>("key")!);
            var again = await captured.LoadAsync(ctx.Argument<string>("key")!);
            return ReferenceEquals(first, again) ? first!.Request : "not remembered within the request";
        }));
        var engine = new GraphQLEngine(builder.Build());

        var result = await engine.ExecuteAsync(new GraphQLRequest { Query = "{ name(key: \"a\") }" }, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Empty(result.Errors);
        Assert.Equal("request 1", ((ResultMap)result.Data!)["name"]);
        // After the response, the request's memo remembers nothing: each late load is a fresh one.
        var late = await captured!.LoadAsync("a");
        Assert.NotSame(late, await captured.LoadAsync("a"));
    }
}
