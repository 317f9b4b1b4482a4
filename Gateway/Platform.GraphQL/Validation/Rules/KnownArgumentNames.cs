using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>§5.4.1 Argument Names: every argument given must be defined on the field or directive.</summary>
public sealed class KnownArgumentNames : ValidationRule
{
    public override void EnterArguments(ValidationContext context, SyntaxNode owner, IReadOnlyList<ArgumentNode> arguments)
    {
        foreach (var argument in arguments)
        {
            switch (owner)
            {
                case FieldNode field when context.FieldDefinition is { } definition && !definition.Arguments.ContainsKey(argument.Name):
                    context.Report($"Unknown argument \"{argument.Name}\" on field \"{context.ParentType?.Name}.{field.Name}\".", argument);
                    break;
                case DirectiveNode directive when context.Directive is { } definition && !definition.Arguments.ContainsKey(argument.Name):
                    context.Report($"Unknown argument \"{argument.Name}\" on directive \"@{directive.Name}\".", argument);
                    break;
            }
        }
    }
}
