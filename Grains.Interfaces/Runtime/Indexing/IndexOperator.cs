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
}
