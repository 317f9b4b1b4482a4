using Platform.GraphQL.Execution;
using Platform.GraphQL.Language.Ast;
using Platform.GraphQL.Types;
using Platform.GraphQL.Validation;

namespace Platform.GraphQL.Limits;

/// <summary>
/// Static cost of an operation before it runs: each field adds its cost (at least 1 for object and list fields),
/// and everything below a list field is multiplied by its <c>first</c>/<c>last</c> argument (or the assumed list size).
/// Relay connection types (named <c>*Connection</c>) count as lists sized by first/last; their edges and nodes do not multiply again.
/// Introspection meta-fields cost 1 each, whatever they select.
/// </summary>
public static class CostAnalyzer
{
    public static long Cost(Schema schema, PreparedOperation operation, IReadOnlyDictionary<string, object?> variables, int assumedListSize)
    {
        var root = schema.RootType(operation.OperationType);
        return root is null ? 0 : Cost(schema, root, operation.Definition.SelectionSet, operation.Fragments, variables, assumedListSize, []);
    }

    private static long Cost(Schema schema, NamedType parent, SelectionSetNode selectionSet, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments, IReadOnlyDictionary<string, object?> variables, int assumedListSize, HashSet<string> visiting)
    {
        long total = 0;
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field when field.Name.StartsWith("__", StringComparison.Ordinal):
                    // Introspection is bounded by the schema's size, not by data: it costs 1 however it nests.
                    total = Saturating(total, 1);
                    break;
                case FieldNode field:
                    var definition = FieldLookup.Find(schema, parent, field.Name);
                    if (definition is null)
                    {
                        continue;
                    }

                    var composite = !definition.Type.IsLeafType;
                    var own = Math.Max(definition.Cost, composite ? 1 : 0);
                    var children = field.SelectionSet is null
                        ? 0
                        : Cost(schema, definition.Type.Named, field.SelectionSet, fragments, variables, assumedListSize, visiting);
                    // A connection's first/last already sized its page; its edges and nodes lists must not multiply again.
                    var insideConnection = IsConnection(parent);
                    var multiplier = IsList(definition.Type) && !insideConnection ? ListSize(field, variables, assumedListSize) : 1;
                    total = Saturating(total, Multiply(Saturating(own, children), multiplier));
                    break;
                case InlineFragmentNode inline:
                    var type = inline.TypeCondition is null ? parent : schema.GetType(inline.TypeCondition.Name) ?? parent;
                    total = Saturating(total, Cost(schema, type, inline.SelectionSet, fragments, variables, assumedListSize, visiting));
                    break;
                case FragmentSpreadNode spread when fragments.TryGetValue(spread.Name, out var fragment) && visiting.Add(spread.Name):
                    var fragmentType = schema.GetType(fragment.TypeCondition.Name) ?? parent;
                    total = Saturating(total, Cost(schema, fragmentType, fragment.SelectionSet, fragments, variables, assumedListSize, visiting));
                    visiting.Remove(spread.Name);
                    break;
            }
        }

        return total;
    }

    private static bool IsList(GraphQLType type) => type.Nullable is ListType || IsConnection(type.Named);

    private static bool IsConnection(NamedType type) => type.Name.EndsWith("Connection", StringComparison.Ordinal);

    private static long ListSize(FieldNode field, IReadOnlyDictionary<string, object?> variables, int assumedListSize)
    {
        foreach (var argument in field.Arguments)
        {
            if (argument.Name is not ("first" or "last"))
            {
                continue;
            }

            var value = argument.Value switch
            {
                IntValueNode i when long.TryParse(i.Value, out var n) => n,
                VariableNode v when variables.TryGetValue(v.Name, out var n) && n is int size => size,
                _ => (long?)null,
            };
            if (value is { } size2)
            {
                return Math.Max(size2, 0);
            }
        }

        return assumedListSize;
    }

    private static long Multiply(long a, long b) => b != 0 && a > long.MaxValue / b ? long.MaxValue : a * b;

    private static long Saturating(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;
}
