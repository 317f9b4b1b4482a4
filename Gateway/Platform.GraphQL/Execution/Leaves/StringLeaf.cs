namespace Platform.GraphQL.Execution.Leaves;

/// <summary>A string read for String or ID (both serialise a string as itself), kept by reference with no serialiser call.</summary>
internal sealed class StringLeaf<TParent> : TypedLeaf
{
    private readonly Func<TParent, string?> _read;
    private readonly bool _isNonNull;

    public StringLeaf(Func<TParent, string?> read, bool isNonNull)
    {
        _read = read;
        _isNonNull = isNonNull;
    }

    public override bool HasBits => false;

    public override bool TryRead(object parent, out object? value, out long bits)
    {
        bits = 0;
        value = _read((TParent)parent);
        return value is not null || !_isNonNull;
    }
}
