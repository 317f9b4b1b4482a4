using Platform.GraphQL.Language.Ast;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>§5.7.3 Directives Are Unique Per Location (unless repeatable).</summary>
public sealed class UniqueDirectivesPerLocation : ValidationRule
{
    public override void EnterDirective(ValidationContext context, DirectiveNode directive, DirectiveLocation location, IReadOnlyList<DirectiveNode> siblings)
    {
        if (context.Directive is null || context.Directive.IsRepeatable)
        {
            return;
        }

        var first = siblings.First(d => d.Name == directive.Name);
        if (!ReferenceEquals(first, directive))
        {
            context.Report($"The directive \"@{directive.Name}\" can only be used once at this location.", first, directive);
        }
    }
}
