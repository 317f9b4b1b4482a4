namespace Platform.GraphQL.Building;

/// <summary>Describes an interface type: shared fields and how to find a value's concrete type.</summary>
public sealed class InterfaceTypeDescriptor
{
    internal InterfaceTypeDescriptor(string name)
    {
        Name = name;
    }

    internal string Name { get; }

    internal string? DescriptionText { get; private set; }

    internal List<string> InterfaceNames { get; } = [];

    internal List<FieldDescriptor> Fields { get; } = [];

    internal Func<object, string?>? TypeResolver { get; private set; }

    public InterfaceTypeDescriptor Description(string description)
    {
        DescriptionText = description;
        return this;
    }

    public InterfaceTypeDescriptor Implements(params string[] interfaces)
    {
        InterfaceNames.AddRange(interfaces);
        return this;
    }

    public FieldDescriptor Field(string name)
    {
        var field = new FieldDescriptor(name);
        Fields.Add(field);
        return field;
    }

    /// <summary>Names the object type of a value; without it each implementation's IsTypeOf decides.</summary>
    public InterfaceTypeDescriptor ResolveType(Func<object, string?> resolveType)
    {
        TypeResolver = resolveType;
        return this;
    }
}
