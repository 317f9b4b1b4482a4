using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>§5.5.2.3 Fragment Spread Is Possible: the fragment's type and the parent type must share a possible type.</summary>
public sealed class PossibleFragmentSpreads : ValidationRule
{
    public override void EnterInlineFragment(ValidationContext context, InlineFragmentNode fragment)
    {
        if (fragment.TypeCondition is null || context.ParentType is null)
        {
            return;
        }

        if (context.Schema.GetType(fragment.TypeCondition.Name) is { IsComposite: true } type && !context.Schema.Overlap(type, context.ParentType))
        {
            context.Report($"Fragment cannot be spread here as objects of type \"{context.ParentType.Name}\" can never be of type \"{type.Name}\".", fragment);
        }
    }

    public override void EnterFragmentSpread(ValidationContext context, FragmentSpreadNode spread)
    {
        if (context.ParentType is null || !context.Fragments.TryGetValue(spread.Name, out var fragment))
        {
            return;
        }

        if (context.Schema.GetType(fragment.TypeCondition.Name) is { IsComposite: true } type && !context.Schema.Overlap(type, context.ParentType))
        {
            context.Report($"Fragment \"{spread.Name}\" cannot be spread here as objects of type \"{context.ParentType.Name}\" can never be of type \"{type.Name}\".", spread);
        }
    }
}
