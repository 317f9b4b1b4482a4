namespace Platform.GraphQL.Types;

/// <summary>A type with a name in the schema: scalar, object, interface, union, enum or input object.</summary>
public abstract class NamedType : GraphQLType
{
    protected NamedType(string name, string? description)
    {
        Name = name;
        Description = description;
    }

    public string Name { get; }

    public string? Description { get; }

    public override NamedType Named => this;

    public bool IsAbstract => Kind is TypeKind.Interface or TypeKind.Union;

    public bool IsComposite => Kind is TypeKind.Object or TypeKind.Interface or TypeKind.Union;

    public override string ToString() => Name;
}
