using Platform.GraphQL.Language.Ast;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Validation;

/// <summary>Directives, arguments and values: keeps the expected input type current.</summary>
internal sealed partial class DocumentWalker
{
    private void Directives(IReadOnlyList<DirectiveNode> directives, DirectiveLocation location)
    {
        foreach (var directive in directives)
        {
            var previous = context.Directive;
            context.Directive = context.Schema.GetDirective(directive.Name);
            foreach (var rule in rules)
            {
                rule.EnterDirective(context, directive, location, directives);
            }

            Arguments(directive, directive.Arguments, context.Directive?.Arguments);
            context.Directive = previous;
        }
    }

    private void Arguments(SyntaxNode owner, IReadOnlyList<ArgumentNode> arguments, IReadOnlyDictionary<string, InputValueDefinition>? definitions)
    {
        foreach (var rule in rules)
        {
            rule.EnterArguments(context, owner, arguments);
        }

        foreach (var argument in arguments)
        {
            var definition = definitions?.GetValueOrDefault(argument.Name);
            var previous = context.Argument;
            context.Argument = definition;
            WithInput(definition?.Type, null, definition?.HasDefault ?? false, () => Value(argument.Value));
            context.Argument = previous;
        }
    }

    private void Value(ValueNode value)
    {
        foreach (var rule in rules)
        {
            rule.EnterValue(context, value);
        }

        switch (value)
        {
            case ListValueNode list:
                var itemType = context.InputType?.Nullable is ListType listType ? listType.OfType : null;
                var listParent = context.InputType;
                foreach (var item in list.Values)
                {
                    WithInput(itemType, listParent, false, () => Value(item));
                }

                break;
            case ObjectValueNode obj:
                var inputObject = context.InputType?.Named as InputObjectType;
                var objectParent = context.InputType;
                foreach (var field in obj.Fields)
                {
                    var definition = inputObject?.Fields.GetValueOrDefault(field.Name);
                    WithInput(definition?.Type, objectParent, definition?.HasDefault ?? false, () => Value(field.Value));
                }

                break;
        }
    }

    private void WithInput(GraphQLType? type, GraphQLType? parent, bool hasDefault, Action walk)
    {
        var (previousType, previousParent, previousDefault) = (context.InputType, context.ParentInputType, context.LocationHasDefault);
        context.InputType = type;
        context.ParentInputType = parent;
        context.LocationHasDefault = hasDefault;
        walk();
        (context.InputType, context.ParentInputType, context.LocationHasDefault) = (previousType, previousParent, previousDefault);
    }
}
