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

    /// <summary>The serialiser itself, for callers that keep it (the executor's leaf plans).</summary>
    internal Func<object, object?> Serializer => _serialize;

    public object? ParseValue(object value) => _parseValue(value);

    public object? ParseLiteral(ValueNode literal) => _parseLiteral(literal);
}
