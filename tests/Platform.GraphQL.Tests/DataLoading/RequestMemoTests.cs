using Platform.GraphQL.DataLoading;

namespace Platform.GraphQL.Tests.DataLoading;

/// <summary>A request memo starts each key's load at once and gives every reader of a key in the request the same value.</summary>
public sealed class RequestMemoTests
{
    [Fact]
    public async Task A_key_is_loaded_once_per_request_and_every_reader_gets_the_same_task()
    {
        var loads = 0;
        var memo = new DataLoaderScope().GetOrCreateMemo<string, string>("names", key => Task.FromResult<string?>(key + "#" + ++loads));

        var first = memo.LoadAsync("a");
        var again = memo.LoadAsync("a");
        var other = memo.LoadAsync("b");

        Assert.Same(first, again);
        Assert.Equal("a#1", await first);
        Assert.Equal("b#2", await other);
        Assert.Equal(2, memo.LoadCount);
    }

    [Fact]
    public async Task A_load_that_completes_synchronously_is_complete_when_asked_for_with_no_dispatch()
    {
        var scope = new DataLoaderScope();
        var memo = scope.GetOrCreateMemo<int, string>("numbers", key => Task.FromResult<string?>(key.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        var loaded = memo.LoadAsync(7);

        Assert.True(loaded.IsCompletedSuccessfully);
        Assert.Equal("7", await loaded);
        Assert.False(scope.HasPending);
    }

    [Fact]
    public async Task A_load_that_throws_fails_its_task_not_the_caller_and_is_not_retried_within_the_request()
    {
        var loads = 0;
        var memo = new DataLoaderScope().GetOrCreateMemo<string, string>("failing", _ =>
        {
            loads++;
            throw new InvalidOperationException("source down");
        });

        var failed = memo.LoadAsync("x");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => failed);
        Assert.Equal("source down", error.Message);
        Assert.Same(failed, memo.LoadAsync("x"));
        Assert.Equal(1, loads);
    }

    [Fact]
    public async Task Threads_racing_on_a_new_key_all_get_the_first_stored_value()
    {
        var loads = 0;
        using var start = new Barrier(8);
        var memo = new DataLoaderScope().GetOrCreateMemo<string, object>("racing", _ =>
        {
            Interlocked.Increment(ref loads);
            return Task.FromResult<object?>(new object());
        });

        // Each thread hands back the memo's task itself (in an array, so Task.Run does not unwrap it).
        var tasks = (await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
        {
            start.SignalAndWait(TestContext.Current.CancellationToken);
            return new[] { memo.LoadAsync("same") };
        }, TestContext.Current.CancellationToken)))).Select(t => t[0]).ToArray();

        var values = await Task.WhenAll(tasks);
        Assert.All(values, value => Assert.Same(values[0], value));
        Assert.All(tasks, task => Assert.Same(tasks[0], task));
        Assert.InRange(loads, 1, 8);
    }
}
