using Platform.GraphQL.Language.Ast;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>§5.7.1 Directives Are Defined and §5.7.2 Directives Are In Valid Locations.</summary>
public sealed class KnownDirectives : ValidationRule
{
    public override void EnterDirective(ValidationContext context, DirectiveNode directive, DirectiveLocation location, IReadOnlyList<DirectiveNode> siblings)
    {
        if (context.Directive is null)
        {
            context.Report($"Unknown directive \"@{directive.Name}\".", directive);
        }
        else if (!context.Directive.Locations.Contains(location))
        {
            context.Report($"Directive \"@{directive.Name}\" may not be used on {SpecNames.Of(location)}.", directive);
        }
    }
}
