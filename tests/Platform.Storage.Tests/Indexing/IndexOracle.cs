using Platform.Runtime.Indexing;

namespace Platform.Storage.Tests.Indexing;

/// <summary>
/// The reference answer for an index query, computed in memory with SQL semantics: only IsNull matches a null
/// column; nulls sort first ascending and last descending; the key breaks ties in the last sort column's direction; text compares by code point.
/// </summary>
internal static class IndexOracle
{
    public static List<IndexRow> Query(IEnumerable<IndexRow> rows, IReadOnlyList<IndexFilter> filters, IReadOnlyList<IndexOrder> order)
    {
        var matching = rows.Where(r => filters.All(f => Matches(r, f))).ToList();
        var sort = order.ToList();
        if (sort.Count == 0 || sort[^1].Column != "key")
        {
            // The key breaks ties in the direction of the last sort column (ascending when unordered).
            sort.Add(new IndexOrder("key", sort.Count > 0 && sort[^1].Descending));
        }

        matching.Sort((x, y) =>
        {
            foreach (var o in sort)
            {
                var c = CompareWithNulls(Value(x, o.Column), Value(y, o.Column));
                if (c != 0)
                {
                    return o.Descending ? -c : c;
                }
            }

            return 0;
        });
        return matching;
    }

    private static object? Value(IndexRow row, string column) => column == "key" ? row.Key : row.Values.GetValueOrDefault(column);

    private static bool Matches(IndexRow row, IndexFilter filter)
    {
        if (filter.Operator == IndexOperator.AnyOf)
        {
            return ((IReadOnlyList<IReadOnlyList<IndexFilter>>)filter.Value!).Any(all => all.All(f => Matches(row, f)));
        }

        var value = Value(row, filter.Column);
        return filter.Operator switch
        {
            IndexOperator.IsNull => value is null,
            IndexOperator.IsNotNull => value is not null,
            _ when value is null => false,
            IndexOperator.Equal => Compare(value, filter.Value!) == 0,
            IndexOperator.NotEqual => Compare(value, filter.Value!) != 0,
            IndexOperator.LessThan => Compare(value, filter.Value!) < 0,
            IndexOperator.LessThanOrEqual => Compare(value, filter.Value!) <= 0,
            IndexOperator.GreaterThan => Compare(value, filter.Value!) > 0,
            IndexOperator.GreaterThanOrEqual => Compare(value, filter.Value!) >= 0,
            IndexOperator.In => ((IReadOnlyList<object?>)filter.Value!).Any(v => Compare(value, v!) == 0),
            IndexOperator.NotIn => !((IReadOnlyList<object?>)filter.Value!).Any(v => Compare(value, v!) == 0),
            IndexOperator.StartsWith => ((string)value).StartsWith((string)filter.Value!, StringComparison.Ordinal),
            _ => throw new ArgumentOutOfRangeException(nameof(filter)),
        };
    }

    // Nulls are smaller than everything (first ascending, last descending).
    private static int CompareWithNulls(object? x, object? y) =>
        (x, y) switch
        {
            (null, null) => 0,
            (null, _) => -1,
            (_, null) => 1,
            _ => Compare(x, y),
        };

    private static int Compare(object x, object y) => (x, y) switch
    {
        (string a, string b) => string.CompareOrdinal(a, b),
        (long a, long b) => a.CompareTo(b),
        (long a, int b) => a.CompareTo(b),
        (double a, double b) => a.CompareTo(b),
        (bool a, bool b) => a.CompareTo(b),
        (DateTimeOffset a, DateTimeOffset b) => a.UtcTicks.CompareTo(b.UtcTicks),
        _ => throw new InvalidOperationException($"Cannot compare {x.GetType().Name} with {y.GetType().Name}."),
    };
}
