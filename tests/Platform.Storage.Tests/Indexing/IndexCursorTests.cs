using Platform.Runtime.Indexing;
using Platform.Storage.Indexing;

namespace Platform.Storage.Tests.Indexing;

/// <summary>Keyset cursors round-trip every column type and refuse anything they did not produce.</summary>
public sealed class IndexCursorTests
{
    private static readonly SortKey[] _order =
    [
        new("name", IndexColumnType.Text, false),
        new("shots", IndexColumnType.Integer, true),
        new("defocus_um", IndexColumnType.Real, false),
        new("active", IndexColumnType.Boolean, false),
        new("started_at", IndexColumnType.Timestamp, true),
        new("key", IndexColumnType.Text, false),
    ];

    [Fact]
    public void A_cursor_round_trips_values_of_every_type_including_null()
    {
        object?[] values = ["Рибосома \"β\"", null, -1.2345678901234567, true, new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero).AddTicks(1230), "session-1"];

        var decoded = IndexCursor.Decode(IndexCursor.Encode(_order, values), _order, "After");

        Assert.Equal(values, decoded);
    }

    [Fact]
    public void A_cursor_from_a_query_with_another_order_is_rejected()
    {
        var cursor = IndexCursor.Encode(_order, ["a", 1L, 1.0, false, null, "k"]);

        var error = Assert.Throws<ArgumentException>(() => IndexCursor.Decode(cursor, [new SortKey("key", IndexColumnType.Text, false)], "After"));

        Assert.Contains("different order", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_cursor_format_is_stable_so_cursors_handed_out_earlier_still_decode()
    {
        // {"o":"created_at d,key a","v":[1767322045000123,"s-1"]} as base64url: the format every earlier release wrote.
        const string earlier = "eyJvIjoiY3JlYXRlZF9hdCBkLGtleSBhIiwidiI6WzE3NjczMjIwNDUwMDAxMjMsInMtMSJdfQ";
        SortKey[] order = [new("created_at", IndexColumnType.Timestamp, true), new("key", IndexColumnType.Text, false)];
        var createdAt = DateTimeOffset.FromUnixTimeSeconds(1767322045).AddTicks(1230);

        Assert.Equal(earlier, IndexCursor.Encode(order, [createdAt, "s-1"]));
        Assert.Equal([createdAt, "s-1"], IndexCursor.Decode(earlier, order, "After"));
    }

    [Fact]
    public void One_writer_encodes_a_page_of_cursors_each_equal_to_a_cursor_encoded_alone()
    {
        var table = new IndexTable("t", [new("n", IndexColumnType.Integer), new("name", IndexColumnType.Text)]);
        SortKey[] order = [new("name", IndexColumnType.Text, false), new("key", IndexColumnType.Text, false)];
        using var writer = new IndexCursorWriter(order, table);
        var rows = Enumerable.Range(0, 5).Select(i => new IndexRow("t", $"k{i}", new IndexRowValues(table, [(long)i, i % 2 == 0 ? "é\"x" : null]))).ToList();

        var cursors = rows.Select(writer.Encode).ToList();

        Assert.Equal(rows.Select(r => IndexCursor.Encode(order, [r.Values["name"], r.Key])), cursors);
        Assert.Equal(["é\"x", "k2"], IndexCursor.Decode(cursors[2], order, "After"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("!!!!")]
    [InlineData("bnVsbA")]
    [InlineData("eyJvIjoia2V5IGEiLCJ2IjpbMV19")]
    [InlineData("eyJvIjoia2V5IGEiLCJ2IjpbbnVsbF19")]
    [InlineData("eyJvIjoia2V5IGEiLCJ2Ijpb")]
    public void Malformed_cursors_are_rejected_with_an_argument_error(string cursor)
    {
        Assert.Throws<ArgumentException>(() => IndexCursor.Decode(cursor, [new SortKey("key", IndexColumnType.Text, false)], "After"));
    }
}
