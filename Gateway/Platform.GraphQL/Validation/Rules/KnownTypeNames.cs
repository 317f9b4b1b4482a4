using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>§5.5.1.2 Fragment Spread Type Existence and §5.8.2 variable types: every named type must exist.</summary>
public sealed class KnownTypeNames : ValidationRule
{
    public override void EnterVariableDefinition(ValidationContext context, VariableDefinitionNode variable) =>
        Check(context, Innermost(variable.Type));

    public override void EnterFragmentDefinition(ValidationContext context, FragmentDefinitionNode fragment) =>
        Check(context, fragment.TypeCondition);

    public override void EnterInlineFragment(ValidationContext context, InlineFragmentNode fragment)
    {
        if (fragment.TypeCondition is not null)
        {
            Check(context, fragment.TypeCondition);
        }
    }

    private static void Check(ValidationContext context, NamedTypeNode type)
    {
        if (context.Schema.GetType(type.Name) is null)
        {
            context.Report($"Unknown type \"{type.Name}\".", type);
        }
    }

    private static NamedTypeNode Innermost(TypeNode type) => type switch
    {
        NonNullTypeNode n => Innermost(n.Type),
        ListTypeNode l => Innermost(l.Type),
        _ => (NamedTypeNode)type,
    };
}
