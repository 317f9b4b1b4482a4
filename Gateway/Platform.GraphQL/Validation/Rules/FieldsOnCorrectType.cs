using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>§5.3.1 Field Selections: the field must be defined on the type selected from.</summary>
public sealed class FieldsOnCorrectType : ValidationRule
{
    public override void EnterField(ValidationContext context, FieldNode field)
    {
        if (context.ParentType is not null && context.FieldDefinition is null)
        {
            context.Report($"Cannot query field \"{field.Name}\" on type \"{context.ParentType.Name}\".", field);
        }
    }
}
