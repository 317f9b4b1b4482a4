using Platform.GraphQL.Language.Ast;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>§5.8.2 Variables Are Input Types.</summary>
public sealed class VariablesAreInputTypes : ValidationRule
{
    public override void EnterVariableDefinition(ValidationContext context, VariableDefinitionNode variable)
    {
        var type = TypeReferences.FromAst(context.Schema, variable.Type);
        if (type is not null && !type.IsInputType)
        {
            context.Report($"Variable \"${variable.Name}\" cannot be non-input type \"{ValidationContext.Print(variable.Type)}\".", variable.Type);
        }
    }
}
