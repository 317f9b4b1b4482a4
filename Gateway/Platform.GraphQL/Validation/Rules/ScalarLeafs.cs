using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>§5.3.3 Leaf Field Selections.</summary>
public sealed class ScalarLeafs : ValidationRule
{
    public override void EnterField(ValidationContext context, FieldNode field)
    {
        if (context.OutputType is not { } type)
        {
            return;
        }

        if (type.IsLeafType && field.SelectionSet is not null)
        {
            context.Report($"Field \"{field.Name}\" must not have a selection since type \"{type}\" has no subfields.", field.SelectionSet);
        }
        else if (!type.IsLeafType && field.SelectionSet is null)
        {
            context.Report($"Field \"{field.Name}\" of type \"{type}\" must have a selection of subfields. Did you mean \"{field.Name} {{ ... }}\"?", field);
        }
    }
}
