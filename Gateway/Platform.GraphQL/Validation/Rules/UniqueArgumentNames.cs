using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>§5.4.2 Argument Uniqueness.</summary>
public sealed class UniqueArgumentNames : ValidationRule
{
    public override void EnterArguments(ValidationContext context, SyntaxNode owner, IReadOnlyList<ArgumentNode> arguments)
    {
        foreach (var group in arguments.GroupBy(a => a.Name).Where(g => g.Count() > 1))
        {
            context.Report($"There can be only one argument named \"{group.Key}\".", [.. group]);
        }
    }
}
