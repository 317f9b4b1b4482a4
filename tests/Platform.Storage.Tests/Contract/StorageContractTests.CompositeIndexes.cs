using Platform.Runtime.Indexing;

namespace Platform.Storage.Tests.Contract;

/// <summary>Composite indexes: created with the table, and read in order for a session-scoped sort instead of a scan and sort.</summary>
public abstract partial class StorageContractTests
{
    /// <summary>The engine's plan for the page query <paramref name="query"/> (EXPLAIN QUERY PLAN / EXPLAIN), as text.</summary>
    protected abstract Task<string> QueryPlanAsync(IndexTable table, IndexQuery query);

    /// <summary>The word a plan uses for a sort step the index did not save (the test asserts it is absent).</summary>
    protected abstract string SortStep { get; }

    private static IndexTable MicrographLikeTable(string name) =>
        new(name, [new("session_id", IndexColumnType.Text, Indexed: true), new("score", IndexColumnType.Real), new("taken_at", IndexColumnType.Timestamp)])
        {
            CompositeIndexes = [new(["session_id", "score"]), new(["session_id", "taken_at"])],
        };

    [Theory]
    [InlineData("score", false, false)]
    [InlineData("score", false, true)]
    [InlineData("taken_at", false, false)]
    [InlineData("taken_at", false, true)]
    [InlineData("score", true, false)]
    [InlineData("score", true, true)]
    [InlineData("taken_at", true, false)]
    [InlineData("taken_at", true, true)]
    public async Task A_session_scoped_page_sorted_on_a_column_reads_its_composite_index_without_a_sort(string column, bool descending, bool fromEnd)
    {
        var table = MicrographLikeTable(UniqueTable("micro"));
        await Storage.InitializeAsync([table], Token);
        var rows = new List<(string Key, string Session, double? Score, DateTimeOffset TakenAt)>();
        for (var i = 0; i < 30; i++)
        {
            var row = (Key: $"m{i:D2}", Session: $"s{i % 3}", Score: i % 7 == 0 ? (double?)null : (i * 37 % 11) / 2.0, TakenAt: Clock.GetUtcNow().AddMinutes(i * 13 % 17));
            rows.Add(row);
            await Storage.Grains.WriteAsync(Write(NewKey(), "{}", null, upserts: [new IndexRow(table.Name, row.Key, new Dictionary<string, object?>
            {
                ["session_id"] = row.Session, ["score"] = row.Score, ["taken_at"] = row.TakenAt,
            })]), Token);
        }

        var query = new IndexQuery(table.Name)
        {
            Filters = [new IndexFilter("session_id", IndexOperator.Equal, "s1")],
            Order = [new IndexOrder(column, descending)],
            Limit = 4,
            FromEnd = fromEnd,
        };
        var plan = await QueryPlanAsync(table, query);
        var page = await Storage.Indexes.QueryAsync(query, Token);

        Assert.Contains($"ix_{table.Name}__session_id__{column}", plan, StringComparison.Ordinal);
        Assert.DoesNotContain(SortStep, plan, StringComparison.Ordinal);
        var ordered = rows.Where(r => r.Session == "s1").OrderBy(r => column == "score" ? r.Score : (double?)r.TakenAt.ToUnixTimeMilliseconds())
            .ThenBy(r => r.Key, StringComparer.Ordinal).Select(r => r.Key).ToList();
        var expected = descending ? Enumerable.Reverse(ordered).ToList() : ordered;
        Assert.Equal(fromEnd ? expected[^4..] : expected[..4], page.Rows.Select(r => r.Key));
    }

    [Fact]
    public async Task A_session_scoped_descending_sort_still_finds_its_rows_through_the_composite_index()
    {
        var table = MicrographLikeTable(UniqueTable("micro"));
        await Storage.InitializeAsync([table], Token);

        var plan = await QueryPlanAsync(table, new IndexQuery(table.Name)
        {
            Filters = [new IndexFilter("session_id", IndexOperator.Equal, "s1")],
            Order = [new IndexOrder("score", Descending: true)],
            Limit = 4,
        });

        Assert.Contains($"ix_{table.Name}__session_id__score", plan, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_facility_sessions_page_in_every_list_order_reads_a_facility_scoped_index_in_order_without_a_sort(bool descending)
    {
        var table = Platform.Grains.Sessions.SessionIndex.Definition with { Name = UniqueTable("sessions") };
        await Storage.InitializeAsync([table], Token);
        var facility = new IndexFilter(Platform.Grains.Sessions.SessionIndex.FacilityId, IndexOperator.Equal, "facility-1");
        for (var i = 0; i < 3; i++)
        {
            await Storage.Grains.WriteAsync(Write(NewKey(), "{}", null, upserts: [new IndexRow(table.Name, $"s{i}", new Dictionary<string, object?>
            {
                [Platform.Grains.Sessions.SessionIndex.FacilityId] = "facility-1", [Platform.Grains.Sessions.SessionIndex.Name] = $"n{i}",
                [Platform.Grains.Sessions.SessionIndex.CreatedAt] = Clock.GetUtcNow(),
            })]), Token);
        }

        foreach (var column in Platform.Grains.Sessions.SessionIndex.SortColumns)
        {
            // The first page, the last page (read backwards), and pages after and before a row's cursor: each one index range
            // read in order, the key tie-break included (no sort of rows with equal values either).
            var first = new IndexQuery(table.Name) { Filters = [facility], Order = [new IndexOrder(column, descending)], Limit = 50 };
            var cursor = (await Storage.Indexes.QueryAsync(first with { Limit = 1 }, Token)).EndCursor;
            IndexQuery[] queries = [first, first with { FromEnd = true }, first with { After = cursor }, first with { Before = cursor, FromEnd = true }];
            foreach (var query in queries)
            {
                var plan = await QueryPlanAsync(table, query);

                Assert.Contains($"ix_{table.Name}__facility_id__{column}", plan, StringComparison.Ordinal);
                Assert.False(plan.Contains(SortStep, StringComparison.Ordinal),
                    $"order {column} {(descending ? "desc" : "asc")}, from end {query.FromEnd}, after {query.After is not null}, before {query.Before is not null}: the plan sorts:\n{plan}");
            }
        }
    }

    [Fact]
    public async Task A_composite_index_on_an_undeclared_column_is_refused()
    {
        var table = new IndexTable(UniqueTable("micro"), [new("session_id", IndexColumnType.Text)]) { CompositeIndexes = [new(["session_id", "nope"])] };

        await Assert.ThrowsAsync<ArgumentException>(() => Storage.InitializeAsync([table], Token));
    }
}
