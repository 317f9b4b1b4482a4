using Platform.Runtime.Indexing;

namespace Platform.Storage.Indexing;

/// <summary>Filter and keyset conditions of index queries.</summary>
internal sealed partial class IndexSqlBuilder
{
    private List<string> Conditions(IndexTable table, IReadOnlyList<IndexFilter> filters, Arguments arguments)
    {
        var conditions = new List<string>(filters.Count + 1);
        foreach (var filter in filters)
        {
            conditions.Add(Condition(table, filter, arguments));
        }

        return conditions;
    }

    private string Condition(IndexTable table, IndexFilter filter, Arguments arguments, bool nested = false)
    {
        if (filter.Operator == IndexOperator.AnyOf)
        {
            return AnyOf(table, filter, arguments, nested);
        }

        var type = TypeOf(table, filter.Column);
        var column = filter.Column == IndexCatalog.KeyColumn ? new IndexColumn(IndexCatalog.KeyColumn, type) : table.Column(filter.Column);
        var name = LeadsAnIndex(table, filter.Column) ? IndexCatalog.SqlName(filter.Column) : dialect.FilterOnly(IndexCatalog.SqlName(filter.Column));
        string Value() => arguments.Add(type, IndexValues.Normalize(table.Name, column, filter.Value
            ?? throw new ArgumentException($"Filter {filter.Operator} on '{filter.Column}' needs a value (use IsNull to match nulls).", nameof(filter))));

        return filter.Operator switch
        {
            IndexOperator.Equal => $"{name} = {Value()}",
            IndexOperator.NotEqual => $"{name} <> {Value()}",
            IndexOperator.LessThan => $"{name} < {Value()}",
            IndexOperator.LessThanOrEqual => $"{name} <= {Value()}",
            IndexOperator.GreaterThan => $"{name} > {Value()}",
            IndexOperator.GreaterThanOrEqual => $"{name} >= {Value()}",
            IndexOperator.IsNull => $"{name} IS NULL",
            IndexOperator.IsNotNull => $"{name} IS NOT NULL",
            IndexOperator.StartsWith when type == IndexColumnType.Text => dialect.StartsWith(name, Value()),
            IndexOperator.StartsWith => throw new ArgumentException($"StartsWith needs a Text column; '{filter.Column}' is {type}.", nameof(filter)),
            IndexOperator.In => In(table, column, filter, arguments, negated: false),
            IndexOperator.NotIn => In(table, column, filter, arguments, negated: true),
            _ => throw new ArgumentException($"Unknown filter operator {filter.Operator}.", nameof(filter)),
        };
    }

    /// <summary>
    /// Whether an index starts with the column (the key, an Indexed column, a composite index's first column). A condition on any
    /// other column only filters rows: a column that is a composite index's sort position must not make SQLite, which keeps no
    /// statistics here and takes every range for selective, walk that index for the range and sort the result.
    /// </summary>
    private static bool LeadsAnIndex(IndexTable table, string column) =>
        column == IndexCatalog.KeyColumn || table.Column(column).Indexed || table.CompositeIndexes.Any(i => i.Columns[0] == column);

    private string AnyOf(IndexTable table, IndexFilter filter, Arguments arguments, bool nested)
    {
        if (nested)
        {
            throw new ArgumentException("AnyOf filters may not nest.", nameof(filter));
        }

        if (filter.Value is not IReadOnlyList<IReadOnlyList<IndexFilter>> alternatives)
        {
            throw new ArgumentException("Filter AnyOf needs an IReadOnlyList<IReadOnlyList<IndexFilter>> value.", nameof(filter));
        }

        if (alternatives.Count == 0)
        {
            return "1 = 0";
        }

        var disjuncts = alternatives.Select(all => all.Count == 0
            ? "1 = 1"
            : "(" + string.Join(" AND ", all.Select(f => Condition(table, f, arguments, nested: true))) + ")");
        return "(" + string.Join(" OR ", disjuncts) + ")";
    }

    private static string In(IndexTable table, IndexColumn column, IndexFilter filter, Arguments arguments, bool negated)
    {
        if (filter.Value is not IReadOnlyList<object?> values)
        {
            throw new ArgumentException($"Filter In on '{filter.Column}' needs an IReadOnlyList<object?> value.", nameof(filter));
        }

        if (values.Count > MaxInValues)
        {
            throw new ArgumentException($"Filter In on '{filter.Column}' has {values.Count} values; at most {MaxInValues} are allowed.", nameof(filter));
        }

        if (values.Count == 0)
        {
            return negated ? $"{IndexCatalog.SqlName(filter.Column)} IS NOT NULL" : "1 = 0";
        }

        var placeholders = values.Select(v => arguments.Add(column.Type, IndexValues.Normalize(table.Name, column, v
            ?? throw new ArgumentException($"Filter In on '{filter.Column}' contains null (use IsNull to match nulls).", nameof(filter)))));
        return $"{IndexCatalog.SqlName(filter.Column)} {(negated ? "NOT IN" : "IN")} ({string.Join(", ", placeholders)})";
    }

    /// <summary>
    /// Rows strictly after the cursor row in the full order (the key last, so the order is total): for some i,
    /// columns before i equal the cursor and column i comes later. Nulls sort first ascending and last
    /// descending, so "later than null" ascending is "not null", and nothing is later than null descending.
    /// </summary>
    private static string After(IReadOnlyList<SortKey> order, object?[] cursor, Arguments arguments)
    {
        var disjuncts = new List<string>(order.Count);
        var equalPrefix = new List<string>(order.Count);
        for (var i = 0; i < order.Count; i++)
        {
            var key = order[i];
            var name = IndexCatalog.SqlName(key.Column);
            var value = cursor[i];
            string? later = (key.Descending, value) switch
            {
                (false, null) => $"{name} IS NOT NULL",
                (false, _) => $"{name} > {arguments.Add(key.Type, value)}",
                (true, null) => null,
                (true, _) => $"({name} < {arguments.Add(key.Type, value)} OR {name} IS NULL)",
            };
            if (later is not null)
            {
                disjuncts.Add(string.Join(" AND ", equalPrefix.Append(later)));
            }

            if (i < order.Count - 1)
            {
                equalPrefix.Add(value is null ? $"{name} IS NULL" : $"{name} = {arguments.Add(key.Type, value)}");
            }
        }

        return disjuncts.Count == 0 ? "1 = 0" : "(" + string.Join(" OR ", disjuncts.Select(d => "(" + d + ")")) + ")";
    }

    /// <summary>Collects arguments and hands out their placeholders in order.</summary>
    private sealed class Arguments(ISqlDialect dialect)
    {
        public List<SqlArgument> Items { get; } = [];

        public string Add(IndexColumnType type, object? value)
        {
            Items.Add(new SqlArgument(type, value));
            return dialect.Parameter(Items.Count - 1);
        }
    }
}
