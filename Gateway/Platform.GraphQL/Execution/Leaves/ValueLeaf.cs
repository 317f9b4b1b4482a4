namespace Platform.GraphQL.Execution.Leaves;

/// <summary>A non-nullable struct read (int, long, double, bool, DateTimeOffset) kept as bits by <typeparamref name="TCodec"/>.</summary>
internal sealed class ValueLeaf<TParent, TValue, TCodec> : TypedLeaf
    where TValue : struct
    where TCodec : ILeafCodec<TValue>
{
    private readonly Func<TParent, TValue> _read;
    private readonly LeafWriter _writer;

    public ValueLeaf(Func<TParent, TValue> read, LeafWriter writer)
    {
        _read = read;
        _writer = writer;
    }

    public override bool HasBits => true;

    public override LeafWriter SharedWriter => _writer;

    public override bool TryRead(object parent, out object? value, out long bits)
    {
        var read = _read((TParent)parent);
        if (TCodec.TryEncode(read, out bits))
        {
            value = _writer;
            return true;
        }

        value = read;
        return false;
    }
}
