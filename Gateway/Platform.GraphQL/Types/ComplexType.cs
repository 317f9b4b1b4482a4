namespace Platform.GraphQL.Types;

/// <summary>An object or interface type: a named type with fields that may implement interfaces.</summary>
public abstract class ComplexType : NamedType
{
    protected ComplexType(string name, string? description, IReadOnlyDictionary<string, FieldDefinition> fields)
        : base(name, description)
    {
        Fields = fields;
    }

    /// <summary>Fields in declaration order.</summary>
    public IReadOnlyDictionary<string, FieldDefinition> Fields { get; }

    public IReadOnlyList<InterfaceType> Interfaces { get; internal set; } = [];

    public bool Implements(InterfaceType type) => Interfaces.Contains(type);
}
