using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>§5.1.1 Executable Definitions: a request document holds only operations and fragments.</summary>
public sealed class ExecutableDefinitions : ValidationRule
{
    public override void EnterDocument(ValidationContext context, DocumentNode document)
    {
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case ExecutableDefinitionNode:
                    break;
                case SchemaDefinitionNode or SchemaExtensionNode:
                    context.Report("The schema definition is not executable.", definition);
                    break;
                case TypeDefinitionNode type:
                    context.Report($"The \"{type.Name}\" definition is not executable.", definition);
                    break;
                case DirectiveDefinitionNode directive:
                    context.Report($"The \"{directive.Name}\" definition is not executable.", definition);
                    break;
            }
        }
    }
}
