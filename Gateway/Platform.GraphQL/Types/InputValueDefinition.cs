using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Types;

/// <summary>An argument of a field or directive, or a field of an input object.</summary>
public sealed class InputValueDefinition
{
    internal InputValueDefinition(string name, string? description, GraphQLType type, ValueNode? defaultLiteral, object? defaultValue, string? deprecationReason)
    {
        Name = name;
        Description = description;
        Type = type;
        DefaultLiteral = defaultLiteral;
        DefaultValue = defaultValue;
        DeprecationReason = deprecationReason;
    }

    public string Name { get; }

    public string? Description { get; }

    public GraphQLType Type { get; internal set; }

    /// <summary>The default as written in SDL (printed by introspection's <c>defaultValue</c>); null when there is none.</summary>
    public ValueNode? DefaultLiteral { get; }

    public bool HasDefault => DefaultLiteral is not null;

    /// <summary>The coerced default value.</summary>
    public object? DefaultValue { get; internal set; }

    public string? DeprecationReason { get; }

    public bool IsDeprecated => DeprecationReason is not null;
}
