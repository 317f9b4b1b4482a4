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
    public void Rows_packed_into_one_block_read_back_every_type_null_and_repeated_text()
    {
        var table = new IndexTable("t", [new("name", IndexColumnType.Text), new("shots", IndexColumnType.Integer), new("defocus", IndexColumnType.Real),
            new("active", IndexColumnType.Boolean), new("at", IndexColumnType.Timestamp), new("state", IndexColumnType.Text)]);
        var at = new DateTimeOffset(2026, 11, 22, 4, 5, 6, TimeSpan.Zero).AddTicks(70);
        object?[][] rows =
        [
            ["Рибосома β", 3L, -1.25, true, at, "completed"],
            ["Рибосома β", null, 0.0, false, null, "completed"],
            [null, 0L, null, null, at.AddDays(-1), "completed"],
            ["", long.MinValue, double.MaxValue, true, DateTimeOffset.UnixEpoch, "run"],
            ["Рибосома β", -7L, 1e-300, false, at, "completed"],
        ];
        using var writer = new IndexRowBlockWriter(table.Columns.Count);
        var starts = new List<int>();
        foreach (var row in rows)
        {
            starts.Add(writer.RowStart);
            for (var ordinal = 0; ordinal < row.Length; ordinal++)
            {
                switch (row[ordinal])
                {
                    case null: writer.AppendNull(); break;
                    case string s: writer.AppendText(ordinal, System.Text.Encoding.UTF8.GetBytes(s)); break;
                    case long l: writer.AppendInteger(l); break;
                    case double d: writer.AppendReal(d); break;
                    case bool b: writer.AppendInteger(b ? 1 : 0); break;
                    case DateTimeOffset t: writer.AppendInteger(IndexValues.ToUnixMicroseconds(t)); break;
                }
            }
        }

        var block = writer.ToBlock(table);
        var read = starts.Select(start => new IndexRowValues(block, start)).ToList();

        Assert.Equal(rows, read.Select(r => r.Values.ToArray()));
        Assert.Equal(["name", "shots", "defocus", "active", "at", "state"], read[4].Keys);
        Assert.Equal("completed", read[4]["state"]);
        Assert.True(read[2].TryGetStoredInteger(4, out var stored));
        Assert.Equal(IndexValues.ToUnixMicroseconds(at.AddDays(-1)), stored);
        Assert.False(read[1].TryGetStoredInteger(4, out _));
        Assert.False(read[0].TryGetStoredInteger(0, out _));
    }

    [Fact]
    public void Values_not_matching_the_declared_columns_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new IndexRowValues(_table, ["x", 1L]));
    }
}
