using Platform.GraphQL.Types;

namespace Platform.GraphQL.Building;

/// <summary>Describes a custom directive: its arguments, locations and repeatability.</summary>
public sealed class DirectiveDescriptor
{
    internal DirectiveDescriptor(string name)
    {
        Name = name;
    }

    internal string Name { get; }

    internal string? DescriptionText { get; private set; }

    internal List<ArgumentDescriptor> Arguments { get; } = [];

    internal List<DirectiveLocation> LocationList { get; } = [];

    internal bool IsRepeatable { get; private set; }

    public DirectiveDescriptor Description(string description)
    {
        DescriptionText = description;
        return this;
    }

    public DirectiveDescriptor Argument(string name, string type, string? defaultValue = null, string? description = null)
    {
        var argument = new ArgumentDescriptor(name, type);
        if (defaultValue is not null)
        {
            argument.Default(defaultValue);
        }

        if (description is not null)
        {
            argument.Description(description);
        }

        Arguments.Add(argument);
        return this;
    }

    public DirectiveDescriptor Locations(params DirectiveLocation[] locations)
    {
        LocationList.AddRange(locations);
        return this;
    }

    public DirectiveDescriptor Repeatable()
    {
        IsRepeatable = true;
        return this;
    }
}
