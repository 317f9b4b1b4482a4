using Platform.GraphQL.Language.Ast;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>§5.4.2.1 Required Arguments: non-null arguments without defaults must be given.</summary>
public sealed class ProvidedRequiredArguments : ValidationRule
{
    public override void EnterArguments(ValidationContext context, SyntaxNode owner, IReadOnlyList<ArgumentNode> arguments)
    {
        var (definitions, label) = owner switch
        {
            FieldNode field => (context.FieldDefinition?.Arguments, $"Field \"{field.Name}\""),
            DirectiveNode directive => (context.Directive?.Arguments, $"Directive \"@{directive.Name}\""),
            _ => (null, string.Empty),
        };
        if (definitions is null)
        {
            return;
        }

        foreach (var (name, definition) in definitions)
        {
            if (definition.Type is NonNullType && !definition.HasDefault && arguments.All(a => a.Name != name))
            {
                context.Report($"{label} argument \"{name}\" of type \"{definition.Type}\" is required, but it was not provided.", owner);
            }
        }
    }
}
