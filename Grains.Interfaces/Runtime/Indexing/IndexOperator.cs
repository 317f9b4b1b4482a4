namespace Platform.Runtime.Indexing;

/// <summary>Comparison operators an <see cref="IndexFilter"/> may use.</summary>
public enum IndexOperator
{
    Equal,
    NotEqual,
    In,
    LessThan,
    LessThanOrEqual,
    GreaterThan,
    GreaterThanOrEqual,
    IsNull,
    IsNotNull,
    StartsWith,

    /// <summary>Value is an <c>IReadOnlyList&lt;object?&gt;</c>; like NotEqual, a null column never matches.</summary>
    NotIn,

    /// <summary>
    /// A disjunction: the value is an <c>IReadOnlyList&lt;IReadOnlyList&lt;IndexFilter&gt;&gt;</c> and a row matches when all
    /// filters of at least one inner list match (the column name is ignored). Inner lists may not nest AnyOf again.
    /// </summary>
    AnyOf,
}
