using Platform.Runtime;
using Platform.Runtime.Indexing;
using Platform.Storage.Tests.Indexing;

namespace Platform.Storage.Tests.Contract;

/// <summary>Index tables: written atomically with state, queried with filters, order, keyset paging and counts.</summary>
public abstract partial class StorageContractTests
{
    protected static string UniqueTable(string prefix) => $"{prefix}_{Guid.NewGuid():N}"[..(prefix.Length + 13)];

    private static IndexRow SessionRow(string table, string key, string name, long shots) =>
        new(table, key, new Dictionary<string, object?> { ["name"] = name, ["shots"] = shots });

    [Fact]
    public async Task Index_rows_are_written_and_deleted_with_the_state()
    {
        var table = IndexDataset.Table(UniqueTable("sessions"));
        await Storage.InitializeAsync([table], Token);
        var key = NewKey();

        var first = await Storage.Grains.WriteAsync(Write(key, "{}", null, upserts: [SessionRow(table.Name, key.GrainKey, "spike", 3)]), Token);
        var row = await Storage.Indexes.GetAsync(table.Name, key.GrainKey, Token);
        Assert.Equal("spike", row!.Values["name"]);
        Assert.Equal(3L, row.Values["shots"]);
        Assert.Null(row.Values["started_at"]);
        Assert.Equal(table.Columns.Count, row.Values.Count);

        await Storage.Grains.WriteAsync(Write(key, "{}", first.ETag, upserts: [SessionRow(table.Name, key.GrainKey, "spike", 4)]), Token);
        Assert.Equal(4L, (await Storage.Indexes.GetAsync(table.Name, key.GrainKey, Token))!.Values["shots"]);

        await Storage.Grains.ClearAsync(key, null, [(table.Name, key.GrainKey)], Token);
        Assert.Null(await Storage.Indexes.GetAsync(table.Name, key.GrainKey, Token));
        Assert.Equal(0, await Storage.Indexes.CountAsync(table.Name, [], Token));
    }

    [Fact]
    public async Task A_rejected_write_changes_no_index_row()
    {
        var table = IndexDataset.Table(UniqueTable("sessions"));
        await Storage.InitializeAsync([table], Token);
        var key = NewKey();
        var other = NewKey();
        var first = await Storage.Grains.WriteAsync(Write(key, "1", null, upserts: [SessionRow(table.Name, key.GrainKey, "before", 1)]), Token);
        await Storage.Grains.WriteAsync(Write(other, "1", null, upserts: [SessionRow(table.Name, other.GrainKey, "other", 1)]), Token);
        await WriteAsync(key, "2", first.ETag);

        await Assert.ThrowsAsync<InconsistentStateException>(() => Storage.Grains.WriteAsync(
            Write(key, "3", first.ETag, upserts: [SessionRow(table.Name, key.GrainKey, "after", 2)], deletes: [(table.Name, other.GrainKey)]), Token));
        await Assert.ThrowsAsync<InconsistentStateException>(() => Storage.Grains.ClearAsync(key, first.ETag, [(table.Name, key.GrainKey)], Token));

        Assert.Equal("before", (await Storage.Indexes.GetAsync(table.Name, key.GrainKey, Token))!.Values["name"]);
        Assert.NotNull(await Storage.Indexes.GetAsync(table.Name, other.GrainKey, Token));
    }

    [Fact]
    public async Task A_write_with_a_bad_index_row_fails_whole_and_writes_no_state()
    {
        var table = IndexDataset.Table(UniqueTable("sessions"));
        await Storage.InitializeAsync([table], Token);
        var key = NewKey();
        var badType = new IndexRow(table.Name, key.GrainKey, new Dictionary<string, object?> { ["shots"] = "many" });
        var badColumn = new IndexRow(table.Name, key.GrainKey, new Dictionary<string, object?> { ["nope\"; DROP TABLE grain_state; --"] = 1L });
        var badTable = new IndexRow("undeclared", key.GrainKey, new Dictionary<string, object?>());
        var stream = Guid.NewGuid().ToString("N");

        foreach (var row in new[] { badType, badColumn, badTable })
        {
            await Assert.ThrowsAsync<ArgumentException>(() => Storage.Grains.WriteAsync(
                Write(key, "{}", null, upserts: [row], events: [new StreamAppend("session-events", stream, Json("x"))]), Token));
        }

        Assert.Null(await Storage.Grains.ReadAsync(key, Token));
        Assert.Equal(0, await Storage.Streams.GetLastSequenceAsync("session-events", stream, Token));
        Assert.Null(await Storage.Indexes.GetAsync(table.Name, key.GrainKey, Token));
    }

    [Fact]
    public async Task Index_queries_match_the_reference_answer_page_by_page()
    {
        var table = IndexDataset.Table(UniqueTable("sessions"));
        await Storage.InitializeAsync([table], Token);
        var rows = IndexDataset.Rows(table.Name);
        foreach (var row in rows)
        {
            await Storage.Grains.WriteAsync(Write(new GrainStateKey("session", row.Key, "state"), "{}", null, upserts: [row]), Token);
        }

        var expectedRows = rows.Select(Normalized).ToList();
        foreach (var (name, filters, order) in IndexDataset.Queries())
        {
            var expected = IndexOracle.Query(expectedRows, filters, order);
            var actual = await IndexPaging.ReadAllAsync(Storage.Indexes, new IndexQuery(table.Name) { Filters = filters, Order = order, Limit = 7 });

            Assert.True(expected.Select(r => r.Key).SequenceEqual(actual.Select(r => r.Key)),
                $"query '{name}': expected keys [{string.Join(", ", expected.Select(r => r.Key))}] but got [{string.Join(", ", actual.Select(r => r.Key))}]");
            Assert.All(actual, r => Assert.Equal(expectedRows.Single(e => e.Key == r.Key).Values, r.Values));
            Assert.Equal(expected.Count, await Storage.Indexes.CountAsync(table.Name, filters, Token));
        }
    }

    [Fact]
    public async Task Timestamps_come_back_in_utc_truncated_to_microseconds()
    {
        var table = IndexDataset.Table(UniqueTable("sessions"));
        await Storage.InitializeAsync([table], Token);
        var key = NewKey();
        var started = new DateTimeOffset(2026, 5, 4, 23, 30, 0, TimeSpan.FromHours(-7)).AddTicks(1_234_567);
        var row = new IndexRow(table.Name, key.GrainKey, new Dictionary<string, object?> { ["started_at"] = started });

        await Storage.Grains.WriteAsync(Write(key, "{}", null, upserts: [row]), Token);
        var read = (DateTimeOffset)(await Storage.Indexes.GetAsync(table.Name, key.GrainKey, Token))!.Values["started_at"]!;

        Assert.Equal(TimeSpan.Zero, read.Offset);
        Assert.Equal(started.UtcDateTime.AddTicks(-(started.UtcTicks % 10)), read.UtcDateTime);
        Assert.Equal(1, await Storage.Indexes.CountAsync(table.Name, [new IndexFilter("started_at", IndexOperator.Equal, started)], Token));
    }

    [Fact]
    public async Task Invalid_index_queries_are_rejected_before_reaching_the_database()
    {
        var table = IndexDataset.Table(UniqueTable("sessions"));
        await Storage.InitializeAsync([table], Token);
        var page = await Storage.Indexes.QueryAsync(new IndexQuery(table.Name) { Limit = 1 }, Token);

        IndexQuery[] invalid =
        [
            new("undeclared"),
            new(table.Name) { Filters = [new("name\" OR 1=1 --", IndexOperator.Equal, "x")] },
            new(table.Name) { Filters = [new("shots", IndexOperator.Equal, "three")] },
            new(table.Name) { Filters = [new("shots", IndexOperator.Equal)] },
            new(table.Name) { Filters = [new("shots", IndexOperator.StartsWith, 1L)] },
            new(table.Name) { Filters = [new("defocus_um", IndexOperator.LessThan, double.NaN)] },
            new(table.Name) { Filters = [new("name", IndexOperator.In, "not a list")] },
            new(table.Name) { Filters = [new("name", IndexOperator.NotIn, new object?[] { 3L })] },
            new(table.Name) { Filters = [new("key", IndexOperator.AnyOf, "not filters")] },
            new(table.Name) { Filters = [IndexFilter.AnyOf([IndexFilter.AnyOf([new IndexFilter("shots", IndexOperator.IsNull)])])] },
            new(table.Name) { Filters = [IndexFilter.AnyOf([new IndexFilter("nope", IndexOperator.IsNull)])] },
            new(table.Name) { Order = [new("name"), new("name")] },
            new(table.Name) { Order = [new("key"), new("name")] },
            new(table.Name) { Limit = 0 },
            new(table.Name) { Limit = 10_001 },
            new(table.Name) { After = "not-a-cursor" },
            new(table.Name) { After = "eyJvIjoia2V5IGEiLCJ2IjpbXX0" },
            new(table.Name) { Order = [new("name")], After = page.EndCursor ?? "x" },
        ];

        foreach (var query in invalid)
        {
            await Assert.ThrowsAnyAsync<ArgumentException>(() => Storage.Indexes.QueryAsync(query, Token));
        }
    }

    [Fact]
    public async Task Initialize_adds_columns_declared_after_the_table_was_created()
    {
        var name = UniqueTable("bookings");
        await Storage.InitializeAsync([new IndexTable(name, [new IndexColumn("owner", IndexColumnType.Text)])], Token);
        var key = NewKey();
        await Storage.Grains.WriteAsync(Write(key, "{}", null, upserts: [new IndexRow(name, key.GrainKey, new Dictionary<string, object?> { ["owner"] = "ada" })]), Token);

        var wider = new IndexTable(name, [new IndexColumn("owner", IndexColumnType.Text), new IndexColumn("hours", IndexColumnType.Real, Indexed: true)]);
        await Storage.InitializeAsync([wider], Token);
        await Storage.InitializeAsync([wider], Token);

        var row = await Storage.Indexes.GetAsync(name, key.GrainKey, Token);
        Assert.Equal("ada", row!.Values["owner"]);
        Assert.Null(row.Values["hours"]);
        Assert.Equal(0, await Storage.Indexes.CountAsync(name, [new IndexFilter("hours", IndexOperator.IsNotNull)], Token));
    }

    /// <summary>What a row looks like after a round trip: every declared column present, timestamps in UTC.</summary>
    private static IndexRow Normalized(IndexRow row) => row with
    {
        Values = row.Values.ToDictionary(kv => kv.Key, kv => kv.Value is DateTimeOffset t ? (object)t.ToUniversalTime() : kv.Value),
    };
}
