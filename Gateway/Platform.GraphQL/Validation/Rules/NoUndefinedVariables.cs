using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>§5.8.3 All Variable Uses Defined (through fragments too).</summary>
public sealed class NoUndefinedVariables : ValidationRule
{
    public override void LeaveOperation(ValidationContext context, OperationDefinitionNode operation)
    {
        var defined = operation.VariableDefinitions.Select(v => v.Name).ToHashSet(StringComparer.Ordinal);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (variable, _, _) in context.VariableUsages(operation))
        {
            if (!defined.Contains(variable.Name) && reported.Add(variable.Name))
            {
                context.Report(operation.Name is null
                    ? $"Variable \"${variable.Name}\" is not defined."
                    : $"Variable \"${variable.Name}\" is not defined by operation \"{operation.Name}\".", variable, operation);
            }
        }
    }
}
