namespace Platform.GraphQL.Building;

/// <summary>Describes an argument or an input object field: type, default (as a GraphQL literal), description, deprecation.</summary>
public sealed class ArgumentDescriptor
{
    internal ArgumentDescriptor(string name, string type)
    {
        Name = name;
        TypeText = type;
    }

    internal string Name { get; }

    internal string TypeText { get; }

    internal string? DefaultText { get; private set; }

    internal string? DescriptionText { get; private set; }

    internal string? DeprecationReason { get; private set; }

    /// <summary>The default value written as a GraphQL literal, e.g. <c>"10"</c>, <c>"ASC"</c>, <c>"{ x: 1 }"</c>.</summary>
    public ArgumentDescriptor Default(string literal)
    {
        DefaultText = literal;
        return this;
    }

    public ArgumentDescriptor Description(string description)
    {
        DescriptionText = description;
        return this;
    }

    public ArgumentDescriptor Deprecated(string reason = Types.SpecifiedDirectives.DefaultDeprecationReason)
    {
        DeprecationReason = reason;
        return this;
    }
}
