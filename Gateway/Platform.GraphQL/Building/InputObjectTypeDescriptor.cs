namespace Platform.GraphQL.Building;

/// <summary>Describes an input object type: its fields, <c>@oneOf</c>, and an optional factory to a CLR value.</summary>
public sealed class InputObjectTypeDescriptor
{
    internal InputObjectTypeDescriptor(string name)
    {
        Name = name;
    }

    internal string Name { get; }

    internal string? DescriptionText { get; private set; }

    internal List<ArgumentDescriptor> Fields { get; } = [];

    internal bool IsOneOf { get; private set; }

    internal Func<IReadOnlyDictionary<string, object?>, object>? Factory { get; private set; }

    public InputObjectTypeDescriptor Description(string description)
    {
        DescriptionText = description;
        return this;
    }

    /// <summary>Adds a field; <paramref name="defaultValue"/> is a GraphQL literal.</summary>
    public InputObjectTypeDescriptor Field(string name, string type, string? defaultValue = null, string? description = null)
    {
        var field = new ArgumentDescriptor(name, type);
        if (defaultValue is not null)
        {
            field.Default(defaultValue);
        }

        if (description is not null)
        {
            field.Description(description);
        }

        Fields.Add(field);
        return this;
    }

    public InputObjectTypeDescriptor Field(string name, string type, Action<ArgumentDescriptor> configure)
    {
        var field = new ArgumentDescriptor(name, type);
        configure(field);
        Fields.Add(field);
        return this;
    }

    /// <summary>Marks the type <c>@oneOf</c>: exactly one field must be given, and it must not be null.</summary>
    public InputObjectTypeDescriptor OneOf()
    {
        IsOneOf = true;
        return this;
    }

    /// <summary>Resolvers receive <paramref name="factory"/>'s result instead of the coerced field map.</summary>
    public InputObjectTypeDescriptor CreateWith(Func<IReadOnlyDictionary<string, object?>, object> factory)
    {
        Factory = factory;
        return this;
    }
}
