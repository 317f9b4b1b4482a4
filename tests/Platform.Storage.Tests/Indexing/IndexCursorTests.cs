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
