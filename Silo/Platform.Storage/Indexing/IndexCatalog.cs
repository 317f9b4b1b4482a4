using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Platform.Runtime.Indexing;

namespace Platform.Storage.Indexing;

/// <summary>
/// The index tables a provider was initialized with. Every table or column name that reaches SQL is looked
/// up here first, so user text is never interpolated into a statement.
/// </summary>
internal sealed partial class IndexCatalog
{
    /// <summary>The row key column every index table has.</summary>
    public const string KeyColumn = "key";

    private readonly Lock _gate = new();
    private FrozenDictionary<string, IndexTable> _tables = FrozenDictionary<string, IndexTable>.Empty;

    /// <summary>Validates and registers tables (replacing earlier registrations of the same name).</summary>
    public void Register(IReadOnlyList<IndexTable> tables)
    {
        foreach (var table in tables)
        {
            Validate(table);
        }

        lock (_gate)
        {
            var merged = new Dictionary<string, IndexTable>(_tables, StringComparer.Ordinal);
            foreach (var table in tables)
            {
                merged[table.Name] = table;
            }

            _tables = merged.ToFrozenDictionary(StringComparer.Ordinal);
        }
    }

    public IndexTable Get(string table) =>
        _tables.TryGetValue(table, out var found)
            ? found
            : throw new ArgumentException($"Unknown index table '{table}': it was not declared to InitializeAsync.", nameof(table));

    /// <summary>The quoted SQL name of a declared table; prefixed so index tables never clash with ours.</summary>
    public static string SqlName(IndexTable table) => $"\"ix_{table.Name}\"";

    /// <summary>
    /// The quoted name of the secondary index on a column. PostgreSQL truncates identifiers past 63 bytes,
    /// which could make two long names collide (and CREATE INDEX IF NOT EXISTS then silently skip one), so
    /// long names are shortened with a hash of the full name.
    /// </summary>
    public static string IndexName(IndexTable table, IndexColumn column) => IndexName(table, column.Name);

    /// <summary>The quoted name of a composite index: its columns joined by <c>__</c>, shortened like single-column names.</summary>
    public static string IndexName(IndexTable table, CompositeIndex index) => IndexName(table, string.Join("__", index.Columns));

    private static string IndexName(IndexTable table, string suffix)
    {
        var name = $"ix_{table.Name}__{suffix}";
        if (name.Length > 63)
        {
            var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(name)));
            name = $"ix_{table.Name[..Math.Min(table.Name.Length, 30)]}__{hash[..16]}";
        }

        return $"\"{name}\"";
    }

    /// <summary>The quoted SQL name of a declared column (or <c>key</c>).</summary>
    public static string SqlName(string column) => $"\"{column}\"";

    private static void Validate(IndexTable table)
    {
        if (!NamePattern().IsMatch(table.Name))
        {
            throw new ArgumentException($"Index table name '{table.Name}' must match {NamePattern()}.", nameof(table));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var column in table.Columns)
        {
            if (!NamePattern().IsMatch(column.Name) || column.Name == KeyColumn)
            {
                throw new ArgumentException(
                    $"Index table '{table.Name}': column name '{column.Name}' must match {NamePattern()} and not be '{KeyColumn}'.", nameof(table));
            }

            if (!Enum.IsDefined(column.Type))
            {
                throw new ArgumentException($"Index table '{table.Name}': column '{column.Name}' has an unknown type {column.Type}.", nameof(table));
            }

            if (!seen.Add(column.Name))
            {
                throw new ArgumentException($"Index table '{table.Name}' declares column '{column.Name}' twice.", nameof(table));
            }
        }

        foreach (var index in table.CompositeIndexes)
        {
            if (index.Columns.Count == 0 || index.Columns.Any(c => !seen.Contains(c)) || index.Columns.Distinct(StringComparer.Ordinal).Count() != index.Columns.Count)
            {
                throw new ArgumentException(
                    $"Index table '{table.Name}': composite index ({string.Join(", ", index.Columns)}) must name declared columns, each once.", nameof(table));
            }
        }
    }

    [GeneratedRegex("^[a-z][a-z0-9_]{0,47}$")]
    private static partial Regex NamePattern();
}
