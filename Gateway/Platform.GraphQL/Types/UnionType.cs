namespace Platform.GraphQL.Types;

/// <summary>A union type: a value is one of several object types.</summary>
public sealed class UnionType : NamedType
{
    internal UnionType(string name, string? description, Func<object, string?>? resolveType)
        : base(name, description)
    {
        ResolveTypeName = resolveType;
    }

    public override TypeKind Kind => TypeKind.Union;

    public IReadOnlyList<ObjectType> Types { get; internal set; } = [];

    /// <summary>Names the concrete object type of a value; when null, each member's IsTypeOf is asked.</summary>
    public Func<object, string?>? ResolveTypeName { get; }
}
