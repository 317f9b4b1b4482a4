using Platform.GraphQL.Language.Ast;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Validation;

/// <summary>Walks a document depth-first, keeping the context's type information current and calling every rule's hooks.</summary>
internal sealed partial class DocumentWalker(ValidationContext context, IReadOnlyList<ValidationRule> rules)
{
    public void Walk(DocumentNode document)
    {
        foreach (var rule in rules)
        {
            rule.EnterDocument(context, document);
        }

        foreach (var definition in document.Definitions)
        {
            WalkDefinition(definition);
        }

        foreach (var rule in rules)
        {
            rule.LeaveDocument(context, document);
        }
    }

    public void WalkDefinition(DefinitionNode definition)
    {
        switch (definition)
        {
            case OperationDefinitionNode operation:
                WalkOperation(operation);
                break;
            case FragmentDefinitionNode fragment:
                foreach (var rule in rules)
                {
                    rule.EnterFragmentDefinition(context, fragment);
                }

                var type = context.Schema.GetType(fragment.TypeCondition.Name);
                Directives(fragment.Directives, DirectiveLocation.FragmentDefinition);
                WithOutputType(type, () => SelectionSet(fragment.SelectionSet));
                break;
        }
    }

    private void WalkOperation(OperationDefinitionNode operation)
    {
        foreach (var rule in rules)
        {
            rule.EnterOperation(context, operation);
        }

        foreach (var variable in operation.VariableDefinitions)
        {
            foreach (var rule in rules)
            {
                rule.EnterVariableDefinition(context, variable);
            }

            var variableType = TypeReferences.FromAst(context.Schema, variable.Type);
            if (variable.DefaultValue is not null)
            {
                WithInput(variableType, null, false, () => Value(variable.DefaultValue));
            }

            Directives(variable.Directives, DirectiveLocation.VariableDefinition);
        }

        var location = operation.Operation switch
        {
            OperationType.Query => DirectiveLocation.Query,
            OperationType.Mutation => DirectiveLocation.Mutation,
            _ => DirectiveLocation.Subscription,
        };
        Directives(operation.Directives, location);
        WithOutputType(context.Schema.RootType(operation.Operation), () => SelectionSet(operation.SelectionSet));
        foreach (var rule in rules)
        {
            rule.LeaveOperation(context, operation);
        }
    }

    private void SelectionSet(SelectionSetNode selectionSet)
    {
        var parent = context.ParentType;
        context.ParentType = context.OutputType?.Named is { IsComposite: true } composite ? composite : null;
        foreach (var rule in rules)
        {
            rule.EnterSelectionSet(context, selectionSet);
        }

        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    Field(field);
                    break;
                case FragmentSpreadNode spread:
                    foreach (var rule in rules)
                    {
                        rule.EnterFragmentSpread(context, spread);
                    }

                    Directives(spread.Directives, DirectiveLocation.FragmentSpread);
                    break;
                case InlineFragmentNode inline:
                    foreach (var rule in rules)
                    {
                        rule.EnterInlineFragment(context, inline);
                    }

                    Directives(inline.Directives, DirectiveLocation.InlineFragment);
                    var type = inline.TypeCondition is null ? context.ParentType : context.Schema.GetType(inline.TypeCondition.Name);
                    WithOutputType(type, () => SelectionSet(inline.SelectionSet));
                    break;
            }
        }

        context.ParentType = parent;
    }

    private void Field(FieldNode field)
    {
        var definition = FieldLookup.Find(context.Schema, context.ParentType, field.Name);
        var previousDefinition = context.FieldDefinition;
        var previousOutput = context.OutputType;
        context.FieldDefinition = definition;
        context.OutputType = definition?.Type;
        foreach (var rule in rules)
        {
            rule.EnterField(context, field);
        }

        Arguments(field, field.Arguments, definition?.Arguments);
        Directives(field.Directives, DirectiveLocation.Field);
        if (field.SelectionSet is not null)
        {
            SelectionSet(field.SelectionSet);
        }

        context.FieldDefinition = previousDefinition;
        context.OutputType = previousOutput;
    }

    private void WithOutputType(GraphQLType? type, Action walk)
    {
        var previous = context.OutputType;
        context.OutputType = type;
        walk();
        context.OutputType = previous;
    }
}
