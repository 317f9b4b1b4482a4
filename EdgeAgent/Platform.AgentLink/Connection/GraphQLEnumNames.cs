using System.Text;

namespace Platform.AgentLink.Connection;

/// <summary>CLR enum members ↔ GraphQL enum values (SCREAMING_SNAKE_CASE, the platform schema's convention).</summary>
public static class GraphQLEnumNames
{
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var name = value.ToString();
        var text = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                text.Append('_');
            }

            text.Append(char.ToUpperInvariant(name[i]));
        }

        return text.ToString();
    }

    public static TEnum Parse<TEnum>(string? value)
        where TEnum : struct, Enum =>
        Enum.TryParse<TEnum>((value ?? "").Replace("_", "", StringComparison.Ordinal), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
            ? parsed
            : throw new FormatException($"'{value}' is not a {typeof(TEnum).Name} value.");
}
