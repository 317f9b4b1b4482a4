namespace Platform.GraphQL.Types;

/// <summary>One value of an enum type and the CLR value it stands for.</summary>
public sealed record EnumValueDefinition(string Name, string? Description, object Value, string? DeprecationReason)
{
    public bool IsDeprecated => DeprecationReason is not null;
}
