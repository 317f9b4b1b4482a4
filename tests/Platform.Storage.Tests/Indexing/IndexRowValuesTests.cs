using Platform.Runtime.Indexing;
using Platform.Storage.Indexing;

namespace Platform.Storage.Tests.Indexing;

/// <summary>A row's values read from the database behave as the dictionary they replace: every declared column, in order.</summary>
public sealed class IndexRowValuesTests
{
    private static readonly IndexTable _table = new("t", [new("a", IndexColumnType.Text), new("b", IndexColumnType.Integer), new("c", IndexColumnType.Boolean)]);

    [Fact]
    public void Every_declared_column_is_present_in_declared_order_with_nulls_kept()
    {
        var values = new IndexRowValues(_table, ["x", null, true]);

        Assert.Equal(["a", "b", "c"], values.Keys);
        Assert.Equal([new("a", "x"), new("b", null), new KeyValuePair<string, object?>("c", true)], values);
        Assert.Equal(3, values.Count);
        Assert.True(values.ContainsKey("b"));
        Assert.Null(values["b"]);
        Assert.Equal(true, values["c"]);
    }

    [Fact]
    public void An_undeclared_column_is_absent()
    {
        var values = new IndexRowValues(_table, ["x", 1L, false]);

        Assert.False(values.TryGetValue("key", out _));
        Assert.False(values.ContainsKey("A"));
        Assert.Throws<KeyNotFoundException>(() => values["d"]);
    }

    [Fact]
    public void Values_not_matching_the_declared_columns_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new IndexRowValues(_table, ["x", 1L]));
    }
}
