using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>§5.5.2.1 Fragment Spread Target Defined.</summary>
public sealed class KnownFragmentNames : ValidationRule
{
    public override void EnterFragmentSpread(ValidationContext context, FragmentSpreadNode spread)
    {
        if (!context.Fragments.ContainsKey(spread.Name))
        {
            context.Report($"Unknown fragment \"{spread.Name}\".", spread);
        }
    }
}
