using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>§5.5.1.1 Fragment Name Uniqueness.</summary>
public sealed class UniqueFragmentNames : ValidationRule
{
    public override void EnterDocument(ValidationContext context, DocumentNode document)
    {
        var seen = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        foreach (var fragment in document.Definitions.OfType<FragmentDefinitionNode>())
        {
            if (!seen.TryAdd(fragment.Name, fragment))
            {
                context.Report($"There can be only one fragment named \"{fragment.Name}\".", seen[fragment.Name], fragment);
            }
        }
    }
}
