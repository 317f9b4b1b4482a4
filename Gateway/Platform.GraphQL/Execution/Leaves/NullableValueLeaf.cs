namespace Platform.GraphQL.Execution.Leaves;

/// <summary>A nullable struct read (int?, long?, double?, bool?, DateTimeOffset?) kept as bits by <typeparamref name="TCodec"/>.</summary>
internal sealed class NullableValueLeaf<TParent, TValue, TCodec> : TypedLeaf
    where TValue : struct
    where TCodec : ILeafCodec<TValue>
{
    private readonly Func<TParent, TValue?> _read;
    private readonly LeafWriter _writer;
    private readonly bool _isNonNull;

    public NullableValueLeaf(Func<TParent, TValue?> read, LeafWriter writer, bool isNonNull)
    {
        _read = read;
        _writer = writer;
        _isNonNull = isNonNull;
    }

    public override bool HasBits => true;

    public override LeafWriter SharedWriter => _writer;

    public override bool TryRead(object parent, out object? value, out long bits)
    {
        if (_read((TParent)parent) is not { } read)
        {
            value = null;
            bits = 0;
            return !_isNonNull;
        }

        if (TCodec.TryEncode(read, out bits))
        {
            value = _writer;
            return true;
        }

        value = read;
        return false;
    }
}
