using Platform.GraphQL.Language.Ast;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>§5.2.3.1 Single root field: a subscription selects exactly one root field, and not an introspection field.</summary>
public sealed class SingleFieldSubscriptions : ValidationRule
{
    public override void EnterOperation(ValidationContext context, OperationDefinitionNode operation)
    {
        if (operation.Operation != OperationType.Subscription || context.Schema.Subscription is not { } root)
        {
            return;
        }

        var fields = new List<FieldNode>();
        Collect(context, root, operation.SelectionSet, fields, []);
        var keys = fields.Select(f => f.Alias ?? f.Name).Distinct().ToList();
        var label = operation.Name is null ? "Anonymous Subscription" : $"Subscription \"{operation.Name}\"";
        if (keys.Count > 1)
        {
            var extra = fields.Where(f => (f.Alias ?? f.Name) != keys[0]).ToArray<SyntaxNode>();
            context.Report($"{label} must select only one top level field.", extra);
        }

        foreach (var field in fields.Where(f => f.Name.StartsWith("__", StringComparison.Ordinal)))
        {
            context.Report($"{label} must not select an introspection top level field.", field);
        }
    }

    private static void Collect(ValidationContext context, ObjectType root, SelectionSetNode selectionSet, List<FieldNode> fields, HashSet<string> visited)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    fields.Add(field);
                    break;
                case InlineFragmentNode inline:
                    Collect(context, root, inline.SelectionSet, fields, visited);
                    break;
                case FragmentSpreadNode spread when visited.Add(spread.Name) && context.Fragments.TryGetValue(spread.Name, out var fragment):
                    Collect(context, root, fragment.SelectionSet, fields, visited);
                    break;
            }
        }
    }
}
