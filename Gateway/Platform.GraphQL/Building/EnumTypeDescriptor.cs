using Platform.GraphQL.Types;

namespace Platform.GraphQL.Building;

/// <summary>Describes an enum type: its values and the CLR value each stands for.</summary>
public sealed class EnumTypeDescriptor
{
    internal EnumTypeDescriptor(string name)
    {
        Name = name;
    }

    internal string Name { get; }

    internal string? DescriptionText { get; private set; }

    internal List<EnumValueDefinition> ValueList { get; } = [];

    public EnumTypeDescriptor Description(string description)
    {
        DescriptionText = description;
        return this;
    }

    /// <summary>Adds a value; <paramref name="value"/> is what resolvers return and arguments receive (the name when omitted).</summary>
    public EnumTypeDescriptor Value(string name, object? value = null, string? description = null, string? deprecationReason = null)
    {
        ValueList.Add(new EnumValueDefinition(name, description, value ?? name, deprecationReason));
        return this;
    }

    /// <summary>Adds every member of a CLR enum, named in SCREAMING_SNAKE_CASE (<c>NotRunning</c> becomes <c>NOT_RUNNING</c>).</summary>
    public EnumTypeDescriptor Values<TEnum>()
        where TEnum : struct, Enum
    {
        foreach (var member in Enum.GetValues<TEnum>())
        {
            Value(SpecNames.ScreamingSnakeCase(member.ToString()), member);
        }

        return this;
    }
}
