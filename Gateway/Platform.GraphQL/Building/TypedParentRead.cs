using Platform.GraphQL.Execution.Leaves;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Building;

/// <summary>
/// The selector of <c>t.Field(name, x => x.Value)</c> kept with its static result type, so the executor can read leaf values
/// without boxing once the field's type is known (<see cref="Bind"/>).
/// </summary>
internal abstract class TypedParentRead
{
    /// <summary>The unboxed read for a field of type <paramref name="type"/>, or null when this result type has none for it.</summary>
    public abstract TypedLeaf? Bind(NamedType type, bool isNonNull);
}

/// <summary>A typed selector from <typeparamref name="TParent"/> to <typeparamref name="TResult"/>.</summary>
internal sealed class TypedParentRead<TParent, TResult> : TypedParentRead
{
    private readonly Func<TParent, TResult> _selector;

    public TypedParentRead(Func<TParent, TResult> selector)
    {
        _selector = selector;
    }

    public override TypedLeaf? Bind(NamedType type, bool isNonNull)
    {
        var result = Nullable.GetUnderlyingType(typeof(TResult)) ?? typeof(TResult);
        return type switch
        {
            EnumType enumType when result.IsEnum => new EnumLeaf<TParent, TResult>(_selector, enumType, isNonNull),
            ScalarType scalar when result == typeof(string) =>
                ReferenceEquals(scalar, BuiltInScalars.String) || ReferenceEquals(scalar, BuiltInScalars.Id)
                    ? new StringLeaf<TParent>((Func<TParent, string?>)(object)_selector, isNonNull)
                    : null,
            ScalarType scalar when result == typeof(int) =>
                Value<int, Int32Codec>(Writer<int, Int32Codec>(scalar, BuiltInScalars.Int, BuiltInLeafWriters.Int), isNonNull),
            ScalarType scalar when result == typeof(long) => ReferenceEquals(scalar, BuiltInScalars.Int)
                ? Value<long, Int32RangeCodec>(BuiltInLeafWriters.Int, isNonNull)
                : Value<long, Int64Codec>(Writer<long, Int64Codec>(scalar, null, null), isNonNull),
            ScalarType scalar when result == typeof(double) =>
                Value<double, DoubleCodec>(Writer<double, DoubleCodec>(scalar, BuiltInScalars.Float, BuiltInLeafWriters.Float), isNonNull),
            ScalarType scalar when result == typeof(bool) =>
                Value<bool, BooleanCodec>(Writer<bool, BooleanCodec>(scalar, BuiltInScalars.Boolean, BuiltInLeafWriters.Boolean), isNonNull),
            ScalarType scalar when result == typeof(DateTimeOffset) =>
                Value<DateTimeOffset, UtcDateTimeOffsetCodec>(Writer<DateTimeOffset, UtcDateTimeOffsetCodec>(scalar, null, null), isNonNull),
            _ => null,
        };
    }

    /// <summary>The built-in writer when <paramref name="scalar"/> is <paramref name="builtIn"/>, else the scalar's own writer for <typeparamref name="TValue"/>, if any.</summary>
    private static LeafWriter? Writer<TValue, TCodec>(ScalarType scalar, ScalarType? builtIn, LeafWriter? builtInWriter)
        where TValue : struct
        where TCodec : ILeafCodec<TValue> =>
        ReferenceEquals(scalar, builtIn) ? builtInWriter
        : scalar.ValueWriter is ScalarValueWriter<TValue> own ? new ScalarLeafWriter<TValue, TCodec>(scalar, own)
        : null;

    private TypedLeaf? Value<TValue, TCodec>(LeafWriter? writer, bool isNonNull)
        where TValue : struct
        where TCodec : ILeafCodec<TValue> =>
        writer is null ? null
        : typeof(TResult) == typeof(TValue) ? new ValueLeaf<TParent, TValue, TCodec>((Func<TParent, TValue>)(object)_selector, writer)
        : new NullableValueLeaf<TParent, TValue, TCodec>((Func<TParent, TValue?>)(object)_selector, writer, isNonNull);
}
