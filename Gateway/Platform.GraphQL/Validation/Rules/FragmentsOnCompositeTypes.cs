using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>§5.5.1.3 Fragments On Composite Types.</summary>
public sealed class FragmentsOnCompositeTypes : ValidationRule
{
    public override void EnterFragmentDefinition(ValidationContext context, FragmentDefinitionNode fragment)
    {
        if (context.Schema.GetType(fragment.TypeCondition.Name) is { IsComposite: false } type)
        {
            context.Report($"Fragment \"{fragment.Name}\" cannot condition on non composite type \"{type.Name}\".", fragment.TypeCondition);
        }
    }

    public override void EnterInlineFragment(ValidationContext context, InlineFragmentNode fragment)
    {
        if (fragment.TypeCondition is not null && context.Schema.GetType(fragment.TypeCondition.Name) is { IsComposite: false } type)
        {
            context.Report($"Fragment cannot condition on non composite type \"{type.Name}\".", fragment.TypeCondition);
        }
    }
}
