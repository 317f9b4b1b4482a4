namespace Platform.GraphQL.Types;

/// <summary>An input object type: a structured argument value; <c>@oneOf</c> ones take exactly one field.</summary>
public sealed class InputObjectType : NamedType
{
    internal InputObjectType(string name, string? description, IReadOnlyDictionary<string, InputValueDefinition> fields, bool isOneOf, Func<IReadOnlyDictionary<string, object?>, object>? factory)
        : base(name, description)
    {
        Fields = fields;
        IsOneOf = isOneOf;
        Factory = factory;
    }

    public override TypeKind Kind => TypeKind.InputObject;

    public IReadOnlyDictionary<string, InputValueDefinition> Fields { get; }

    public bool IsOneOf { get; }

    /// <summary>Turns the coerced field map into a CLR value; when null resolvers receive the map itself.</summary>
    public Func<IReadOnlyDictionary<string, object?>, object>? Factory { get; }
}
