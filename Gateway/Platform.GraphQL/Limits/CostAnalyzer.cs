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
        // The terms depend on the document and the schema only; they are worked out once per operation and schema.
        if (operation.CostTerms is not { } terms || !ReferenceEquals(terms.Schema, schema))
        {
            var root = schema.RootType(operation.OperationType);
            terms = new OperationCostTerms(schema, root is null ? [] : Terms(schema, root, operation.Definition.SelectionSet, operation.Fragments, []));
            operation.CostTerms = terms;
        }

        return CostTerm.Sum(terms.Terms, variables, assumedListSize);
    }

    private static CostTerm[] Terms(Schema schema, NamedType parent, SelectionSetNode selectionSet, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments, HashSet<string> visiting)
    {
        var terms = new List<CostTerm>(selectionSet.Selections.Count);
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field when field.Name.StartsWith("__", StringComparison.Ordinal):
                    // Introspection is bounded by the schema's size, not by data: it costs 1 however it nests.
                    terms.Add(CostTerm.Introspection);
                    break;
                case FieldNode field:
                    var definition = FieldLookup.Find(schema, parent, field.Name);
                    if (definition is null)
                    {
                        continue;
                    }

                    var composite = !definition.Type.IsLeafType;
                    var own = Math.Max(definition.Cost, composite ? 1 : 0);
                    var children = field.SelectionSet is null ? [] : Terms(schema, definition.Type.Named, field.SelectionSet, fragments, visiting);
                    // A connection's first/last already sized its page; its edges and nodes lists must not multiply again.
                    var isList = IsList(definition.Type) && !IsConnection(parent);
                    terms.Add(CostTerm.Field(own, children, isList, isList ? ListSizes(field) : []));
                    break;
                case InlineFragmentNode inline:
                    var type = inline.TypeCondition is null ? parent : schema.GetType(inline.TypeCondition.Name) ?? parent;
                    terms.Add(CostTerm.Fragment(Terms(schema, type, inline.SelectionSet, fragments, visiting)));
                    break;
                case FragmentSpreadNode spread when fragments.TryGetValue(spread.Name, out var fragment) && visiting.Add(spread.Name):
                    var fragmentType = schema.GetType(fragment.TypeCondition.Name) ?? parent;
                    terms.Add(CostTerm.Fragment(Terms(schema, fragmentType, fragment.SelectionSet, fragments, visiting)));
                    visiting.Remove(spread.Name);
                    break;
            }
        }

        return [.. terms];
    }

    private static bool IsList(GraphQLType type) => type.Nullable is ListType || IsConnection(type.Named);

    private static bool IsConnection(NamedType type) => type.Name.EndsWith("Connection", StringComparison.Ordinal);

    /// <summary>The field's first/last arguments in order, up to the first literal number (later ones are never read).</summary>
    private static CostTerm.ListSize[] ListSizes(FieldNode field)
    {
        var sizes = new List<CostTerm.ListSize>();
        foreach (var argument in field.Arguments)
        {
            if (argument.Name is not ("first" or "last"))
            {
                continue;
            }

            if (argument.Value is IntValueNode i && long.TryParse(i.Value, out var literal))
            {
                sizes.Add(new CostTerm.ListSize(literal, null));
                break;
            }

            if (argument.Value is VariableNode variable)
            {
                sizes.Add(new CostTerm.ListSize(0, variable.Name));
            }
        }

        return [.. sizes];
    }
}
