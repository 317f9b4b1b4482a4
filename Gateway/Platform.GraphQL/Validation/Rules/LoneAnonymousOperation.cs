using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>§5.2.2.1 Lone Anonymous Operation.</summary>
public sealed class LoneAnonymousOperation : ValidationRule
{
    public override void EnterDocument(ValidationContext context, DocumentNode document)
    {
        var operations = document.Definitions.OfType<OperationDefinitionNode>().ToList();
        if (operations.Count <= 1)
        {
            return;
        }

        foreach (var operation in operations.Where(o => o.Name is null))
        {
            context.Report("This anonymous operation must be the only defined operation.", operation);
        }
    }
}
