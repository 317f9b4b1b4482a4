using System.Collections.Concurrent;
using System.Text;
using Platform.Runtime.Indexing;

namespace Platform.Storage.Indexing;

/// <summary>
/// Builds every index-table statement for both engines from validated names and parameters only; the
/// <see cref="ISqlDialect"/> supplies placeholders, column types and the prefix test.
/// Filters follow SQL semantics: only IsNull matches a null column (Equal, NotEqual, In and ranges never do).
/// </summary>
internal sealed partial class IndexSqlBuilder(ISqlDialect dialect)
{
    public const int MaxLimit = 10_000;
    public const int MaxInValues = 1_000;

    [ThreadStatic]
    private static StringBuilder? _text;

    private readonly ConcurrentDictionary<(IndexTable Table, string Kind), string> _fixedSql = new();

    /// <summary>The columns every row read selects: key first, then the declared columns in order.</summary>
    public string SelectList(IndexTable table) =>
        Fixed(table, "select-list", () => string.Join(", ", table.Columns.Select(c => IndexCatalog.SqlName(c.Name)).Prepend(IndexCatalog.SqlName(IndexCatalog.KeyColumn))));

    /// <summary>
    /// One page: filters, the keyset conditions from the cursors, the full order, and limit + 1 rows to detect more.
    /// A <see cref="IndexQuery.FromEnd"/> read runs in the reversed order (every key flipped, nulls with it), so its
    /// limit + 1 rows are the range's last ones, nearest first; <see cref="IndexPages.Create"/> turns them back.
    /// "Before c" is "after c in the reversed order", so one keyset condition serves both bounds.
    /// </summary>
    public SqlText Select(IndexTable table, IndexQuery query, out IReadOnlyList<SortKey> order)
    {
        if (query.Limit is < 1 or > MaxLimit)
        {
            throw new ArgumentException($"Limit must be between 1 and {MaxLimit}; got {query.Limit}.", nameof(query));
        }

        order = EffectiveOrder(table, query.Order);
        var arguments = new Arguments(dialect);
        var conditions = Conditions(table, query.Filters, arguments);
        if (query.After is not null)
        {
            conditions.Add(After(order, IndexCursor.Decode(query.After, order, nameof(IndexQuery.After)), arguments));
        }

        if (query.Before is not null)
        {
            conditions.Add(After(Reverse(order), IndexCursor.Decode(query.Before, order, nameof(IndexQuery.Before)), arguments));
        }

        // One builder per thread, reused: a page's SQL is a few hundred characters, built for every page read.
        var sql = (_text ??= new StringBuilder(512)).Clear()
            .Append("SELECT ").Append(SelectList(table)).Append(" FROM ").Append(IndexCatalog.SqlName(table));
        for (var i = 0; i < conditions.Count; i++)
        {
            sql.Append(i == 0 ? " WHERE " : " AND ").Append(conditions[i]);
        }

        sql.Append(" ORDER BY ");
        for (var i = 0; i < order.Count; i++)
        {
            // A FromEnd read runs in the exact reverse order (every key flipped, nulls with it).
            var descending = order[i].Descending != query.FromEnd;
            // IndexCatalog.SqlName's quoting, appended without a string per column.
            sql.Append(i == 0 ? "\"" : ", \"").Append(order[i].Column).Append(descending ? "\" DESC NULLS LAST" : "\" ASC NULLS FIRST");
        }

        var text = sql.Append(" LIMIT ").Append(query.Limit + 1).ToString();
        if (sql.Capacity > 4096)
        {
            _text = null;
        }

        return new SqlText(text, arguments.Items);
    }

    public SqlText Count(IndexTable table, IReadOnlyList<IndexFilter> filters)
    {
        var arguments = new Arguments(dialect);
        var conditions = Conditions(table, filters, arguments);
        return new SqlText($"SELECT count(*) FROM {IndexCatalog.SqlName(table)}{Where(conditions)}", arguments.Items);
    }

    public SqlText Get(IndexTable table, string key) =>
        new(Fixed(table, "get", () => $"SELECT {SelectList(table)} FROM {IndexCatalog.SqlName(table)} WHERE \"key\" = {dialect.Parameter(0)}"),
            [new SqlArgument(IndexColumnType.Text, key)]);

    public SqlText Delete(IndexTable table, string key) =>
        new(Fixed(table, "delete", () => $"DELETE FROM {IndexCatalog.SqlName(table)} WHERE \"key\" = {dialect.Parameter(0)}"),
            [new SqlArgument(IndexColumnType.Text, key)]);

    /// <summary>Inserts or replaces a whole row; columns the row does not name become null.</summary>
    public SqlText Upsert(IndexTable table, IndexRow row)
    {
        foreach (var name in row.Values.Keys)
        {
            table.Column(name);
        }

        var arguments = new SqlArgument[table.Columns.Count + 1];
        arguments[0] = new SqlArgument(IndexColumnType.Text, row.Key);
        for (var i = 0; i < table.Columns.Count; i++)
        {
            var column = table.Columns[i];
            arguments[i + 1] = new SqlArgument(column.Type, IndexValues.Normalize(table.Name, column, row.Values.GetValueOrDefault(column.Name)));
        }

        return new SqlText(Fixed(table, "upsert", () => UpsertSql(table)), arguments);
    }

    /// <summary>DDL creating a table and its secondary indexes; every statement is idempotent.</summary>
    public IReadOnlyList<string> CreateTable(IndexTable table)
    {
        var columns = table.Columns.Select(c => $"{IndexCatalog.SqlName(c.Name)} {dialect.ColumnType(c.Type)}");
        var statements = new List<string>
        {
            $"CREATE TABLE IF NOT EXISTS {IndexCatalog.SqlName(table)} (\"key\" {dialect.KeyColumnType} PRIMARY KEY{string.Concat(columns.Select(c => ", " + c))})",
        };
        statements.AddRange(table.Columns.Where(c => c.Indexed).Select(c =>
            $"CREATE INDEX IF NOT EXISTS {IndexCatalog.IndexName(table, c)} ON {IndexCatalog.SqlName(table)} ({IndexCatalog.SqlName(c.Name)})"));

        // Each column, then the key every order ends with, as Select's ascending ORDER BY sorts them (nulls first, even for the
        // non-null key: PostgreSQL matches an index to an order by its declared null placement, not by NOT NULL), so an
        // equality filter on the leading columns and a sort on the next (either direction: the index is read backwards, and the
        // key tie-break follows the sort column's direction, see EffectiveOrder) is an index range read in order, with no sort.
        statements.AddRange(table.CompositeIndexes.Select(index =>
            $"CREATE INDEX IF NOT EXISTS {IndexCatalog.IndexName(table, index)} ON {IndexCatalog.SqlName(table)} "
            + $"({string.Join(", ", index.Columns.Append(IndexCatalog.KeyColumn).Select(c => dialect.AscendingNullsFirst(IndexCatalog.SqlName(c))))})"));
        return statements;
    }

    /// <summary>
    /// The declared order with the row key appended unless the caller ordered by key last. The key follows the direction of
    /// the last sort column (ascending when there is none): a composite index <c>(…, column, key)</c> read forwards or
    /// backwards then yields the whole order, so neither direction sorts rows of equal value. Cursors carry the key's
    /// direction in their signature, so a cursor made under the earlier ascending tie-break is refused, not misread.
    /// </summary>
    public static IReadOnlyList<SortKey> EffectiveOrder(IndexTable table, IReadOnlyList<IndexOrder> order)
    {
        var keys = new List<SortKey>(order.Count + 1);
        foreach (var item in order)
        {
            if (keys.Count > 0 && keys[^1].Column == IndexCatalog.KeyColumn)
            {
                throw new ArgumentException("Ordering by 'key' must come last: the key is unique, so later sort columns would never apply.", nameof(order));
            }

            if (Contains(keys, item.Column))
            {
                throw new ArgumentException($"Column '{item.Column}' appears twice in the order.", nameof(order));
            }

            keys.Add(new SortKey(item.Column, TypeOf(table, item.Column), item.Descending));
        }

        if (keys.Count == 0 || keys[^1].Column != IndexCatalog.KeyColumn)
        {
            keys.Add(new SortKey(IndexCatalog.KeyColumn, IndexColumnType.Text, Descending: keys.Count > 0 && keys[^1].Descending));
        }

        return keys;
    }

    private static bool Contains(List<SortKey> keys, string column)
    {
        foreach (var key in keys)
        {
            if (key.Column == column)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The exact reverse of an order: every key flipped (ASC NULLS FIRST becomes DESC NULLS LAST and back).</summary>
    public static IReadOnlyList<SortKey> Reverse(IReadOnlyList<SortKey> order) =>
        [.. order.Select(k => k with { Descending = !k.Descending })];

    /// <summary>The declared type of a column, or Text for the key; an undeclared column throws.</summary>
    public static IndexColumnType TypeOf(IndexTable table, string column) =>
        column == IndexCatalog.KeyColumn ? IndexColumnType.Text : table.Column(column).Type;

    private string Fixed(IndexTable table, string kind, Func<string> build) =>
        _fixedSql.GetOrAdd((table, kind), static (_, b) => b(), build);

    private string UpsertSql(IndexTable table)
    {
        var names = table.Columns.Select(c => IndexCatalog.SqlName(c.Name)).ToList();
        var placeholders = Enumerable.Range(0, names.Count + 1).Select(dialect.Parameter);
        var update = names.Count == 0
            ? "NOTHING"
            : "UPDATE SET " + string.Join(", ", names.Select(n => $"{n} = excluded.{n}"));
        return $"INSERT INTO {IndexCatalog.SqlName(table)} (\"key\"{string.Concat(names.Select(n => ", " + n))}) " +
               $"VALUES ({string.Join(", ", placeholders)}) ON CONFLICT (\"key\") DO {update}";
    }

    private static string Where(List<string> conditions) =>
        conditions.Count == 0 ? string.Empty : " WHERE " + string.Join(" AND ", conditions);
}
