using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>§5.8.1 Variable Uniqueness.</summary>
public sealed class UniqueVariableNames : ValidationRule
{
    public override void EnterOperation(ValidationContext context, OperationDefinitionNode operation)
    {
        foreach (var group in operation.VariableDefinitions.GroupBy(v => v.Name).Where(g => g.Count() > 1))
        {
            context.Report($"There can be only one variable named \"${group.Key}\".", [.. group]);
        }
    }
}
