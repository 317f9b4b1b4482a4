using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>§5.5.1.4 Fragments Must Be Used.</summary>
public sealed class NoUnusedFragments : ValidationRule
{
    public override void LeaveDocument(ValidationContext context, DocumentNode document)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in document.Definitions.OfType<OperationDefinitionNode>())
        {
            foreach (var fragment in context.RecursivelyReferencedFragments(operation.SelectionSet))
            {
                used.Add(fragment.Name);
            }
        }

        foreach (var fragment in document.Definitions.OfType<FragmentDefinitionNode>())
        {
            if (!used.Contains(fragment.Name))
            {
                context.Report($"Fragment \"{fragment.Name}\" is never used.", fragment);
            }
        }
    }
}
