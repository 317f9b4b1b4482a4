namespace Platform.GraphQL.Execution.Leaves;

/// <summary>Keeps a <typeparamref name="TValue"/> in a result slot's 64 bits, when it can be written without the serialiser.</summary>
internal interface ILeafCodec<TValue>
    where TValue : struct
{
    /// <summary>False when the value must go through the scalar's serialiser instead (it may be an error there, or need more than 64 bits).</summary>
    static abstract bool TryEncode(TValue value, out long bits);

    static abstract TValue Decode(long bits);
}
