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

    [Fact]
    public void Cursors_are_byte_for_byte_what_a_json_writer_writes_for_every_kind_of_value()
    {
        SortKey[] order = [new("name", IndexColumnType.Text, false), new("defocus_um", IndexColumnType.Real, true), new("started_at", IndexColumnType.Timestamp, false),
            new("shots", IndexColumnType.Integer, false), new("active", IndexColumnType.Boolean, false), new("key", IndexColumnType.Text, false)];
        string[] texts = ["", "bench-00", "a.b:c_d-E9", "with space", "quote\"", "back\\slash", "<tag>&'`+", "tab\t", "Рибосома", "β-gal", "emoji 🧊", "/slash", "\u007f"];
        double[] reals = [0, -1.5, 1e-7, 1.2345678901234567, double.MaxValue, -double.Epsilon, 3e21];
        long[] integers = [0, -1, long.MinValue, long.MaxValue, 1_767_322_045_000_123];
        using var writer = new IndexCursorWriter(order);
        var cases = 0;
        foreach (var text in texts.Cast<object?>().Append(null))
        {
            foreach (var real in reals.Cast<object?>().Append(null))
            {
                foreach (var integer in integers)
                {
                    object?[] values = [text, real, DateTimeOffset.UnixEpoch.AddTicks(integer / 1_000_000 * 10), integer, integer % 2 == 0, (string?)text ?? "k"];

                    Assert.Equal(ReferenceCursor(order, values), writer.Encode(values));
                    cases++;
                }
            }
        }

        Assert.Equal(14 * 8 * 5, cases);
    }

    /// <summary>The cursor format written with a plain <see cref="System.Text.Json.Utf8JsonWriter"/>, as every release before this one did.</summary>
    private static string ReferenceCursor(IReadOnlyList<SortKey> order, IReadOnlyList<object?> values)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var json = new System.Text.Json.Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("o", IndexCursor.Signature(order));
            json.WriteStartArray("v");
            foreach (var value in values)
            {
                switch (value)
                {
                    case null: json.WriteNullValue(); break;
                    case string s: json.WriteStringValue(s); break;
                    case long l: json.WriteNumberValue(l); break;
                    case double d: json.WriteNumberValue(d); break;
                    case bool b: json.WriteBooleanValue(b); break;
                    case DateTimeOffset t: json.WriteNumberValue(IndexValues.ToUnixMicroseconds(t)); break;
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return System.Buffers.Text.Base64Url.EncodeToString(buffer.WrittenSpan);
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
