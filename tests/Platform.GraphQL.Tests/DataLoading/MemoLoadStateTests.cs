using Platform.GraphQL.DataLoading;

namespace Platform.GraphQL.Tests.DataLoading;

/// <summary>A memo made from state gets its load made once per request scope, and the scope finds each named memo again.</summary>
public sealed class MemoLoadStateTests
{
    [Fact]
    public async Task The_load_is_made_once_per_scope_and_name_however_many_keys_are_asked_for()
    {
        var made = 0;
        Func<string, Task<string?>> Make(string prefix)
        {
            made++;
            return key => Task.FromResult<string?>(prefix + key);
        }

        var scope = new DataLoaderScope();
        var values = new List<string?>();
        foreach (var key in new[] { "a", "b", "a", "c" })
        {
            values.Add(await scope.GetOrCreateMemo("letters", "first:", Make).LoadAsync(key));
        }

        var other = await scope.GetOrCreateMemo("others", "second:", Make).LoadAsync("a");
        var again = await scope.GetOrCreateMemo("letters", "ignored:", Make).LoadAsync("d");

        Assert.Equal(["first:a", "first:b", "first:a", "first:c"], values);
        Assert.Equal("second:a", other);
        Assert.Equal("first:d", again);
        Assert.Equal(2, made);
    }

    [Fact]
    public async Task A_scope_ended_before_its_memo_is_first_asked_for_loads_every_time_without_remembering()
    {
        var loads = 0;
        var scope = new DataLoaderScope();
        scope.End();

        var memo = scope.GetOrCreateMemo<string, string, int>("late", 0, _ => key => Task.FromResult<string?>(key + ++loads));

        Assert.Equal("x1", await memo.LoadAsync("x"));
        Assert.Equal("x2", await scope.GetOrCreateMemo<string, string, int>("late", 0, _ => key => Task.FromResult<string?>("unused")).LoadAsync("x"));
    }
}
