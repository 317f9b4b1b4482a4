using System.Text;

namespace Platform.GraphQL.Types;

/// <summary>Spec spellings (SCREAMING_SNAKE_CASE) of the enums the spec names, for introspection and SDL.</summary>
public static class SpecNames
{
    public static string Of(DirectiveLocation location) => ScreamingSnakeCase(location.ToString());

    public static string Of(TypeKind kind) => ScreamingSnakeCase(kind.ToString());

    /// <summary>Parses a location as written in SDL (e.g. <c>FIELD_DEFINITION</c>).</summary>
    public static DirectiveLocation ParseLocation(string text) =>
        Enum.GetValues<DirectiveLocation>().First(l => Of(l) == text);

    /// <summary>PascalCase to SCREAMING_SNAKE_CASE (<c>NotRunning</c> becomes <c>NOT_RUNNING</c>; runs of capitals stay together).</summary>
    public static string ScreamingSnakeCase(string pascal)
    {
        var builder = new StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            if (i > 0 && char.IsUpper(pascal[i]) && !char.IsUpper(pascal[i - 1]))
            {
                builder.Append('_');
            }

            builder.Append(char.ToUpperInvariant(pascal[i]));
        }

        return builder.ToString();
    }
}
