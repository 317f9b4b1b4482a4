namespace Platform.GraphQL.Types;

/// <summary>A directive the schema declares: its arguments, locations and whether it repeats.</summary>
public sealed class DirectiveDefinition
{
    internal DirectiveDefinition(string name, string? description, IReadOnlyDictionary<string, InputValueDefinition> arguments, IReadOnlyList<DirectiveLocation> locations, bool isRepeatable)
    {
        Name = name;
        Description = description;
        Arguments = arguments;
        Locations = locations;
        IsRepeatable = isRepeatable;
    }

    public string Name { get; }

    public string? Description { get; }

    public IReadOnlyDictionary<string, InputValueDefinition> Arguments { get; }

    public IReadOnlyList<DirectiveLocation> Locations { get; }

    public bool IsRepeatable { get; }
}
