using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>§5.8.4 All Variables Used.</summary>
public sealed class NoUnusedVariables : ValidationRule
{
    public override void LeaveOperation(ValidationContext context, OperationDefinitionNode operation)
    {
        var used = context.VariableUsages(operation).Select(u => u.Variable.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var definition in operation.VariableDefinitions)
        {
            if (!used.Contains(definition.Name))
            {
                context.Report(operation.Name is null
                    ? $"Variable \"${definition.Name}\" is never used."
                    : $"Variable \"${definition.Name}\" is never used in operation \"{operation.Name}\".", definition);
            }
        }
    }
}
