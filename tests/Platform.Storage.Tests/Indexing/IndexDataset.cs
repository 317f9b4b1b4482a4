using Platform.Runtime.Indexing;

namespace Platform.Storage.Tests.Indexing;

/// <summary>
/// A deterministic set of session-like index rows with nulls, duplicates, negative numbers, Cyrillic text and
/// timestamps in several offsets, and the queries the index tests run over it.
/// </summary>
internal static class IndexDataset
{
    public static IndexTable Table(string name) => new(name,
    [
        new IndexColumn("name", IndexColumnType.Text, Indexed: true),
        new IndexColumn("shots", IndexColumnType.Integer),
        new IndexColumn("defocus_um", IndexColumnType.Real),
        new IndexColumn("active", IndexColumnType.Boolean),
        new IndexColumn("started_at", IndexColumnType.Timestamp, Indexed: true),
    ]);

    public static List<IndexRow> Rows(string table, int count = 60)
    {
        var random = new Random(20261121);
        string[] names = ["apoferritin", "Apoferritin", "ribosome", "рибосома", "ряд", "spike", "spike-2", "β-gal", "", "TRPV1"];
        TimeSpan[] offsets = [TimeSpan.Zero, TimeSpan.FromHours(2), TimeSpan.FromHours(-5), TimeSpan.FromMinutes(330)];
        var t0 = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var rows = new List<IndexRow>(count);
        for (var i = 0; i < count; i++)
        {
            var utc = t0.AddMicroseconds(random.NextInt64(0, 90L * 24 * 3600 * 1_000_000) / 7 * 7);
            var values = new Dictionary<string, object?>
            {
                ["name"] = random.Next(8) == 0 ? null : names[random.Next(names.Length)],
                ["shots"] = random.Next(6) == 0 ? null : (long)random.Next(-3, 12),
                ["defocus_um"] = random.Next(6) == 0 ? null : Math.Round((random.NextDouble() * 4) - 3, random.Next(1, 4)),
                ["active"] = random.Next(5) == 0 ? null : random.Next(2) == 0,
                ["started_at"] = random.Next(7) == 0 ? null : utc.ToOffset(offsets[random.Next(offsets.Length)]),
            };
            rows.Add(new IndexRow(table, $"session-{random.Next(1000):D3}-{i:D2}", values));
        }

        return rows;
    }

    /// <summary>Named queries (filters and order; the table is set by the caller) covering every operator.</summary>
    public static IEnumerable<(string Name, IReadOnlyList<IndexFilter> Filters, IReadOnlyList<IndexOrder> Order)> Queries()
    {
        var mid = new DateTimeOffset(2026, 2, 10, 12, 0, 0, TimeSpan.FromHours(2));
        yield return ("everything by key", [], []);
        yield return ("name equal", [new("name", IndexOperator.Equal, "spike")], []);
        yield return ("name not equal", [new("name", IndexOperator.NotEqual, "spike")], [new("name")]);
        yield return ("name in", [new("name", IndexOperator.In, new object?[] { "рибосома", "ряд", "β-gal" })], [new("name", Descending: true)]);
        yield return ("empty in", [new("name", IndexOperator.In, Array.Empty<object?>())], []);
        yield return ("name not in", [new("name", IndexOperator.NotIn, new object?[] { "spike", "ряд" })], [new("name")]);
        yield return ("empty not in", [new("name", IndexOperator.NotIn, Array.Empty<object?>())], []);
        yield return ("any of", [IndexFilter.AnyOf([new("shots", IndexOperator.GreaterThanOrEqual, 8L), new("active", IndexOperator.Equal, true)], [new("name", IndexOperator.In, new object?[] { "ribosome" })]), new("key", IndexOperator.NotIn, new object?[] { "session-000-00" })], [new("shots")]);
        yield return ("any of nothing", [IndexFilter.AnyOf()], []);
        yield return ("shots range", [new("shots", IndexOperator.GreaterThanOrEqual, 2L), new("shots", IndexOperator.LessThan, 9)], [new("shots"), new("name", Descending: true)]);
        yield return ("shots above", [new("shots", IndexOperator.GreaterThan, 5L)], [new("shots", Descending: true)]);
        yield return ("defocus at most", [new("defocus_um", IndexOperator.LessThanOrEqual, -1.5)], [new("defocus_um")]);
        yield return ("active true", [new("active", IndexOperator.Equal, true)], [new("started_at", Descending: true)]);
        yield return ("active null", [new("active", IndexOperator.IsNull)], [new("defocus_um", Descending: true)]);
        yield return ("started known", [new("started_at", IndexOperator.IsNotNull)], [new("started_at")]);
        yield return ("started before", [new("started_at", IndexOperator.LessThan, mid)], [new("started_at", Descending: true), new("shots")]);
        yield return ("name prefix", [new("name", IndexOperator.StartsWith, "spike")], [new("name")]);
        yield return ("cyrillic prefix", [new("name", IndexOperator.StartsWith, "р")], [new("name"), new("key", Descending: true)]);
        yield return ("case-sensitive prefix", [new("name", IndexOperator.StartsWith, "Apo")], []);
        yield return ("key range", [new("key", IndexOperator.GreaterThan, "session-500")], [new("key", Descending: true)]);
        yield return ("nulls first ascending", [], [new("name"), new("active")]);
        yield return ("nulls last descending", [], [new("active", Descending: true), new("shots", Descending: true), new("defocus_um")]);
        yield return ("mixed", [new("active", IndexOperator.NotEqual, false), new("shots", IndexOperator.IsNotNull)], [new("defocus_um", Descending: true), new("started_at")]);
    }
}
