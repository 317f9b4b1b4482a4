using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>An operation's type must have a root type in the schema (§6.1 GetOperationRootType).</summary>
public sealed class KnownOperationTypes : ValidationRule
{
    public override void EnterOperation(ValidationContext context, OperationDefinitionNode operation)
    {
        if (context.Schema.RootType(operation.Operation) is null)
        {
            context.Report($"The schema does not support {operation.Operation.ToString().ToLowerInvariant()} operations.", operation);
        }
    }
}
