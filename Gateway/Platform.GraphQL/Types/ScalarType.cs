using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Types;

/// <summary>A leaf type with its own result serialisation and input parsing (built-in or custom).</summary>
public sealed class ScalarType : NamedType
{
    private readonly Func<object, object?> _serialize;
    private readonly Func<object, object?> _parseValue;
    private readonly Func<ValueNode, object?> _parseLiteral;

    /// <param name="name">The scalar's name.</param>
    /// <param name="serialize">Turns a resolver's value into a JSON primitive (string, bool, int, long, double); throws on a value it cannot represent.</param>
    /// <param name="parseValue">Turns a variable's JSON value (string, bool, long, double) into the CLR value; throws <see cref="InputCoercionException"/>.</param>
    /// <param name="parseLiteral">Turns a literal (never a variable) into the CLR value; throws <see cref="InputCoercionException"/>.</param>
    /// <param name="description">Description shown by introspection.</param>
    /// <param name="specifiedByUrl">The <c>@specifiedBy</c> URL of the scalar's specification.</param>
    public ScalarType(string name, Func<object, object?> serialize, Func<object, object?> parseValue, Func<ValueNode, object?> parseLiteral, string? description = null, string? specifiedByUrl = null)
        : base(name, description)
    {
        _serialize = serialize;
        _parseValue = parseValue;
        _parseLiteral = parseLiteral;
        SpecifiedByUrl = specifiedByUrl;
    }

    public override TypeKind Kind => TypeKind.Scalar;

    public string? SpecifiedByUrl { get; }

    public object? Serialize(object value) => _serialize(value);

    /// <summary>The writer given to <see cref="WriteWith{TValue}"/> (a <see cref="ScalarValueWriter{TValue}"/>), or null.</summary>
    internal Delegate? ValueWriter { get; private set; }

    /// <summary>
    /// Lets the executor write fields read as <typeparamref name="TValue"/> (declared <c>t.Field(name, x => x.Value)</c>)
    /// straight to UTF-8 without boxing the value or building the serialiser's result. <typeparamref name="TValue"/> is one of
    /// int, long, double, bool or DateTimeOffset (the executor uses it for those; other values still go through the serialiser,
    /// as do DateTimeOffset values with a non-zero offset and non-finite doubles). The writer must write exactly what the
    /// serialiser's result would be written as, for every value the serialiser accepts. Call it once, while declaring the scalar.
    /// </summary>
    public ScalarType WriteWith<TValue>(ScalarValueWriter<TValue> writer)
        where TValue : struct
    {
        ValueWriter = writer;
        return this;
    }

    /// <summary>The serialiser itself, for callers that keep it (the executor's leaf plans).</summary>
    internal Func<object, object?> Serializer => _serialize;

    public object? ParseValue(object value) => _parseValue(value);

    public object? ParseLiteral(ValueNode literal) => _parseLiteral(literal);
}
