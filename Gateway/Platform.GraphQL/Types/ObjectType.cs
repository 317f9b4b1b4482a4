namespace Platform.GraphQL.Types;

/// <summary>An object type: the concrete shape of values the API returns.</summary>
public sealed class ObjectType : ComplexType
{
    internal ObjectType(string name, string? description, IReadOnlyDictionary<string, FieldDefinition> fields, Type? clrType, Func<object, bool>? isTypeOf)
        : base(name, description, fields)
    {
        ClrType = clrType;
        IsTypeOfFunc = isTypeOf;
    }

    public override TypeKind Kind => TypeKind.Object;

    /// <summary>The CLR type the builder bound to this object type (used to resolve abstract types).</summary>
    public Type? ClrType { get; }

    internal Func<object, bool>? IsTypeOfFunc { get; }

    /// <summary>True when a runtime value belongs to this type (custom predicate, else the bound CLR type).</summary>
    public bool IsTypeOf(object value) =>
        IsTypeOfFunc?.Invoke(value) ?? (ClrType is not null && ClrType != typeof(object) && ClrType.IsInstanceOfType(value));
}
