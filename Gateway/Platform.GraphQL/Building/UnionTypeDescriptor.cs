namespace Platform.GraphQL.Building;

/// <summary>Describes a union type: its member object types and how to find a value's member.</summary>
public sealed class UnionTypeDescriptor
{
    internal UnionTypeDescriptor(string name)
    {
        Name = name;
    }

    internal string Name { get; }

    internal string? DescriptionText { get; private set; }

    internal List<string> MemberNames { get; } = [];

    internal Func<object, string?>? TypeResolver { get; private set; }

    public UnionTypeDescriptor Description(string description)
    {
        DescriptionText = description;
        return this;
    }

    public UnionTypeDescriptor Types(params string[] members)
    {
        MemberNames.AddRange(members);
        return this;
    }

    public UnionTypeDescriptor ResolveType(Func<object, string?> resolveType)
    {
        TypeResolver = resolveType;
        return this;
    }
}
