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
            // A new word starts at a capital or at a digit after a letter; a capital right after a digit stays in its word
            // (Classification2D → CLASSIFICATION_2D, as the platform spells it).
            if (i > 0 && ((char.IsUpper(name[i]) && !char.IsDigit(name[i - 1])) || (char.IsDigit(name[i]) && char.IsLetter(name[i - 1]))))
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
