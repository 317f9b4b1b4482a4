using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Limits;

/// <summary>Measures how deeply an operation nests field selections (fragments are followed, not counted).</summary>
public static class DepthAnalyzer
{
    /// <summary>The deepest field nesting of the operation; a field at the root has depth 1.</summary>
    public static int Depth(OperationDefinitionNode operation, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments) =>
        Depth(operation.SelectionSet, fragments, [], 0);

    private static int Depth(SelectionSetNode selectionSet, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments, HashSet<string> visiting, int depth)
    {
        var max = depth;
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    max = Math.Max(max, field.SelectionSet is null ? depth + 1 : Depth(field.SelectionSet, fragments, visiting, depth + 1));
                    break;
                case InlineFragmentNode inline:
                    max = Math.Max(max, Depth(inline.SelectionSet, fragments, visiting, depth));
                    break;
                case FragmentSpreadNode spread when fragments.TryGetValue(spread.Name, out var fragment) && visiting.Add(spread.Name):
                    max = Math.Max(max, Depth(fragment.SelectionSet, fragments, visiting, depth));
                    visiting.Remove(spread.Name);
                    break;
            }
        }

        return max;
    }
}
