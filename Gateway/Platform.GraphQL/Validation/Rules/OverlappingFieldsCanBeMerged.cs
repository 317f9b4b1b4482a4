using Platform.GraphQL.Language.Ast;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>§5.3.2 Field Selection Merging: the full FieldsInSetCanMerge algorithm, with fragment pairs memoised.</summary>
public sealed partial class OverlappingFieldsCanBeMerged : ValidationRule
{
    private readonly HashSet<(string, string, bool)> _comparedFragmentPairs = [];
    private readonly Dictionary<SelectionSetNode, (Dictionary<string, List<FieldAndDefinition>> Fields, List<string> Fragments)> _cache = [];
    private ValidationContext _context = null!;

    public override void EnterDocument(ValidationContext context, DocumentNode document)
    {
        _context = context;
        _comparedFragmentPairs.Clear();
        _cache.Clear();
    }

    public override void EnterSelectionSet(ValidationContext context, SelectionSetNode selectionSet)
    {
        var conflicts = new List<Conflict>();
        var (fields, fragments) = FieldsAndFragments(context.ParentType, selectionSet);
        CollectWithin(conflicts, fields);
        for (var i = 0; i < fragments.Count; i++)
        {
            CollectBetweenFieldsAndFragment(conflicts, fields, fragments[i], false, []);
            for (var j = i + 1; j < fragments.Count; j++)
            {
                CollectBetweenFragments(conflicts, false, fragments[i], fragments[j]);
            }
        }

        foreach (var conflict in conflicts)
        {
            context.Report(
                $"Fields \"{conflict.ResponseName}\" conflict because {ReasonMessage(conflict.Reason)}. Use different aliases on the fields to fetch both if this was intentional.",
                [.. conflict.Left, .. conflict.Right]);
        }
    }

    private void CollectWithin(List<Conflict> conflicts, Dictionary<string, List<FieldAndDefinition>> fields)
    {
        foreach (var (responseName, list) in fields)
        {
            for (var i = 0; i < list.Count; i++)
            {
                for (var j = i + 1; j < list.Count; j++)
                {
                    if (FindConflict(false, responseName, list[i], list[j]) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }
    }

    private void CollectBetween(List<Conflict> conflicts, bool mutuallyExclusive, Dictionary<string, List<FieldAndDefinition>> fields1, Dictionary<string, List<FieldAndDefinition>> fields2)
    {
        foreach (var (responseName, list1) in fields1)
        {
            if (!fields2.TryGetValue(responseName, out var list2))
            {
                continue;
            }

            foreach (var field1 in list1)
            {
                foreach (var field2 in list2)
                {
                    if (FindConflict(mutuallyExclusive, responseName, field1, field2) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }
    }

    private void CollectBetweenFieldsAndFragment(List<Conflict> conflicts, Dictionary<string, List<FieldAndDefinition>> fields, string fragmentName, bool mutuallyExclusive, HashSet<string> visited)
    {
        if (!visited.Add(fragmentName) || !_context.Fragments.TryGetValue(fragmentName, out var fragment))
        {
            return;
        }

        var (fragmentFields, nested) = FieldsAndFragments(_context.Schema.GetType(fragment.TypeCondition.Name), fragment.SelectionSet);
        CollectBetween(conflicts, mutuallyExclusive, fields, fragmentFields);
        foreach (var name in nested)
        {
            CollectBetweenFieldsAndFragment(conflicts, fields, name, mutuallyExclusive, visited);
        }
    }

    private void CollectBetweenFragments(List<Conflict> conflicts, bool mutuallyExclusive, string name1, string name2)
    {
        if (name1 == name2 || !_comparedFragmentPairs.Add((name1, name2, mutuallyExclusive)) || !_comparedFragmentPairs.Add((name2, name1, mutuallyExclusive)))
        {
            return;
        }

        if (!_context.Fragments.TryGetValue(name1, out var fragment1) || !_context.Fragments.TryGetValue(name2, out var fragment2))
        {
            return;
        }

        var (fields1, nested1) = FieldsAndFragments(_context.Schema.GetType(fragment1.TypeCondition.Name), fragment1.SelectionSet);
        var (fields2, nested2) = FieldsAndFragments(_context.Schema.GetType(fragment2.TypeCondition.Name), fragment2.SelectionSet);
        CollectBetween(conflicts, mutuallyExclusive, fields1, fields2);
        foreach (var nested in nested2)
        {
            CollectBetweenFragments(conflicts, mutuallyExclusive, name1, nested);
        }

        foreach (var nested in nested1)
        {
            CollectBetweenFragments(conflicts, mutuallyExclusive, nested, name2);
        }
    }

    private List<Conflict> FindConflictsBetweenSubSelections(bool mutuallyExclusive, NamedType? type1, SelectionSetNode set1, NamedType? type2, SelectionSetNode set2)
    {
        var conflicts = new List<Conflict>();
        var (fields1, fragments1) = FieldsAndFragments(type1, set1);
        var (fields2, fragments2) = FieldsAndFragments(type2, set2);
        CollectBetween(conflicts, mutuallyExclusive, fields1, fields2);
        foreach (var fragment in fragments2)
        {
            CollectBetweenFieldsAndFragment(conflicts, fields1, fragment, mutuallyExclusive, []);
        }

        foreach (var fragment in fragments1)
        {
            CollectBetweenFieldsAndFragment(conflicts, fields2, fragment, mutuallyExclusive, []);
        }

        foreach (var fragment1 in fragments1)
        {
            foreach (var fragment2 in fragments2)
            {
                CollectBetweenFragments(conflicts, mutuallyExclusive, fragment1, fragment2);
            }
        }

        return conflicts;
    }
}
