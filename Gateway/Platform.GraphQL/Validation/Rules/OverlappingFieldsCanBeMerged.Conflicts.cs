using Platform.GraphQL.Language;
using Platform.GraphQL.Language.Ast;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>Comparing two fields with the same response name (FieldsInSetCanMerge, SameResponseShape).</summary>
public sealed partial class OverlappingFieldsCanBeMerged
{
    private Conflict? FindConflict(bool parentFieldsAreMutuallyExclusive, string responseName, FieldAndDefinition field1, FieldAndDefinition field2)
    {
        var mutuallyExclusive = parentFieldsAreMutuallyExclusive
            || (!ReferenceEquals(field1.ParentType, field2.ParentType) && field1.ParentType is ObjectType && field2.ParentType is ObjectType);
        var node1 = field1.Node;
        var node2 = field2.Node;
        if (!mutuallyExclusive)
        {
            if (node1.Name != node2.Name)
            {
                return new Conflict(responseName, $"\"{node1.Name}\" and \"{node2.Name}\" are different fields", [node1], [node2]);
            }

            if (!SameArguments(node1.Arguments, node2.Arguments))
            {
                return new Conflict(responseName, "they have differing arguments", [node1], [node2]);
            }
        }

        var type1 = field1.Definition?.Type;
        var type2 = field2.Definition?.Type;
        if (type1 is not null && type2 is not null && DoTypesConflict(type1, type2))
        {
            return new Conflict(responseName, $"they return conflicting types \"{type1}\" and \"{type2}\"", [node1], [node2]);
        }

        if (node1.SelectionSet is not null && node2.SelectionSet is not null)
        {
            var sub = FindConflictsBetweenSubSelections(mutuallyExclusive, type1?.Named, node1.SelectionSet, type2?.Named, node2.SelectionSet);
            if (sub.Count > 0)
            {
                return new Conflict(
                    responseName,
                    sub,
                    [node1, .. sub.SelectMany(c => c.Left)],
                    [node2, .. sub.SelectMany(c => c.Right)]);
            }
        }

        return null;
    }

    private static bool DoTypesConflict(GraphQLType type1, GraphQLType type2)
    {
        if (type1 is ListType list1)
        {
            return type2 is not ListType list2 || DoTypesConflict(list1.OfType, list2.OfType);
        }

        if (type2 is ListType)
        {
            return true;
        }

        if (type1 is NonNullType nonNull1)
        {
            return type2 is not NonNullType nonNull2 || DoTypesConflict(nonNull1.OfType, nonNull2.OfType);
        }

        if (type2 is NonNullType)
        {
            return true;
        }

        if (type1.IsLeafType || type2.IsLeafType)
        {
            return !ReferenceEquals(type1, type2);
        }

        return false;
    }

    private static bool SameArguments(IReadOnlyList<ArgumentNode> arguments1, IReadOnlyList<ArgumentNode> arguments2)
    {
        if (arguments1.Count != arguments2.Count)
        {
            return false;
        }

        foreach (var argument1 in arguments1)
        {
            var argument2 = arguments2.FirstOrDefault(a => a.Name == argument1.Name);
            if (argument2 is null || Canonical(argument1.Value) != Canonical(argument2.Value))
            {
                return false;
            }
        }

        return true;
    }

    private static string Canonical(ValueNode value) => value switch
    {
        ObjectValueNode obj => "{" + string.Join(",", obj.Fields.OrderBy(f => f.Name, StringComparer.Ordinal).Select(f => f.Name + ":" + Canonical(f.Value))) + "}",
        ListValueNode list => "[" + string.Join(",", list.Values.Select(Canonical)) + "]",
        StringValueNode s => Printer.PrintString(s.Value),
        _ => Printer.Print(value),
    };

    private (Dictionary<string, List<FieldAndDefinition>> Fields, List<string> Fragments) FieldsAndFragments(NamedType? parentType, SelectionSetNode selectionSet)
    {
        if (_cache.TryGetValue(selectionSet, out var cached))
        {
            return cached;
        }

        var fields = new Dictionary<string, List<FieldAndDefinition>>(StringComparer.Ordinal);
        var fragments = new List<string>();
        Collect(parentType, selectionSet, fields, fragments);
        var result = (fields, fragments.Distinct().ToList());
        _cache[selectionSet] = result;
        return result;
    }

    private void Collect(NamedType? parentType, SelectionSetNode selectionSet, Dictionary<string, List<FieldAndDefinition>> fields, List<string> fragments)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    var definition = FieldLookup.Find(_context.Schema, parentType, field.Name);
                    var key = field.Alias ?? field.Name;
                    if (!fields.TryGetValue(key, out var list))
                    {
                        fields[key] = list = [];
                    }

                    list.Add(new FieldAndDefinition(parentType, field, definition));
                    break;
                case FragmentSpreadNode spread:
                    fragments.Add(spread.Name);
                    break;
                case InlineFragmentNode inline:
                    var type = inline.TypeCondition is null ? parentType : _context.Schema.GetType(inline.TypeCondition.Name);
                    Collect(type, inline.SelectionSet, fields, fragments);
                    break;
            }
        }
    }

    private static string ReasonMessage(object reason) => reason switch
    {
        string text => text,
        List<Conflict> nested => string.Join(" and ", nested.Select(c => $"subfields \"{c.ResponseName}\" conflict because {ReasonMessage(c.Reason)}")),
        _ => string.Empty,
    };

    private sealed record FieldAndDefinition(NamedType? ParentType, FieldNode Node, FieldDefinition? Definition);

    private sealed record Conflict(string ResponseName, object Reason, List<FieldNode> Left, List<FieldNode> Right);
}
