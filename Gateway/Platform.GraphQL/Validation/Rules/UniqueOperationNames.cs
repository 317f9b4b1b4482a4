using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>§5.2.1.1 Operation Name Uniqueness.</summary>
public sealed class UniqueOperationNames : ValidationRule
{
    public override void EnterDocument(ValidationContext context, DocumentNode document)
    {
        var seen = new Dictionary<string, OperationDefinitionNode>(StringComparer.Ordinal);
        foreach (var operation in document.Definitions.OfType<OperationDefinitionNode>())
        {
            if (operation.Name is null)
            {
                continue;
            }

            if (seen.TryGetValue(operation.Name, out var first))
            {
                context.Report($"There can be only one operation named \"{operation.Name}\".", first, operation);
            }
            else
            {
                seen[operation.Name] = operation;
            }
        }
    }
}
