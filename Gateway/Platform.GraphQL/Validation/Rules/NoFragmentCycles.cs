using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>§5.5.2.2 Fragment spreads must not form cycles.</summary>
public sealed class NoFragmentCycles : ValidationRule
{
    public override void EnterDocument(ValidationContext context, DocumentNode document)
    {
        var visited = new HashSet<string>(StringComparer.Ordinal);
        foreach (var fragment in document.Definitions.OfType<FragmentDefinitionNode>())
        {
            Detect(context, fragment, visited, [], new Dictionary<string, int>(StringComparer.Ordinal));
        }
    }

    private static void Detect(ValidationContext context, FragmentDefinitionNode fragment, HashSet<string> visited, List<FragmentSpreadNode> path, Dictionary<string, int> pathIndex)
    {
        if (!visited.Add(fragment.Name))
        {
            return;
        }

        pathIndex[fragment.Name] = path.Count;
        foreach (var spread in ValidationContext.Spreads(fragment.SelectionSet))
        {
            if (pathIndex.TryGetValue(spread.Name, out var cycleStart))
            {
                var cycle = path.Skip(cycleStart).ToList();
                var via = cycle.Count == 0 ? string.Empty : " via " + string.Join(", ", cycle.Select(s => $"\"{s.Name}\""));
                context.Report($"Cannot spread fragment \"{spread.Name}\" within itself{via}.", [.. cycle, spread]);
                continue;
            }

            if (context.Fragments.TryGetValue(spread.Name, out var next))
            {
                path.Add(spread);
                Detect(context, next, visited, path, pathIndex);
                path.RemoveAt(path.Count - 1);
            }
        }

        pathIndex.Remove(fragment.Name);
    }
}
