namespace Platform.GraphQL.Types;

/// <summary>An interface type: fields that several object (or interface) types share.</summary>
public sealed class InterfaceType : ComplexType
{
    internal InterfaceType(string name, string? description, IReadOnlyDictionary<string, FieldDefinition> fields, Func<object, string?>? resolveType)
        : base(name, description, fields)
    {
        ResolveTypeName = resolveType;
    }

    public override TypeKind Kind => TypeKind.Interface;

    /// <summary>Names the concrete object type of a value; when null, each object type's IsTypeOf is asked.</summary>
    public Func<object, string?>? ResolveTypeName { get; }
}
