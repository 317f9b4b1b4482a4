namespace Platform.Runtime.Indexing;

/// <summary>
/// One condition on a column. <see cref="IndexOperator.In"/> takes an <c>IReadOnlyList&lt;object?&gt;</c>;
/// <see cref="IndexOperator.IsNull"/> and <see cref="IndexOperator.IsNotNull"/> ignore <see cref="Value"/>.
/// Range operators never match a null column (SQL semantics).
/// </summary>
public sealed record IndexFilter(string Column, IndexOperator Operator, object? Value = null)
{
    /// <summary>A row matches when all filters of at least one of <paramref name="alternatives"/> match.</summary>
    public static IndexFilter AnyOf(params IReadOnlyList<IReadOnlyList<IndexFilter>> alternatives) => new("key", IndexOperator.AnyOf, alternatives);
}
