using Platform.GraphQL.Language.Ast;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Execution;

/// <summary>CollectFields (spec §6.3.2): merges fields by response key, applying @skip/@include and fragments.</summary>
internal static class FieldCollector
{
    public static CollectedFields Collect(RequestContext request, ObjectType type, SelectionSetNode selectionSet)
    {
        var key = (selectionSet, type);
        if (request.Operation.CollectedFieldsCache.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var fields = new List<(string Key, List<FieldNode> Nodes)>();
        var dependsOnVariables = false;
        CollectInto(request, type, selectionSet, fields, [], ref dependsOnVariables);
        var collected = new CollectedFields(request.Schema, type, fields, dependsOnVariables);
        if (!dependsOnVariables)
        {
            request.Operation.CollectedFieldsCache.TryAdd(key, collected);
        }

        return collected;
    }

    /// <summary>Merges the sub-selections of several field nodes for one object type.</summary>
    public static CollectedFields CollectSubfields(RequestContext request, ObjectType type, List<FieldNode> nodes)
    {
        if (nodes.Count == 1)
        {
            return Collect(request, type, nodes[0].SelectionSet!);
        }

        var fields = new List<(string Key, List<FieldNode> Nodes)>();
        var dependsOnVariables = false;
        var visited = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            if (node.SelectionSet is not null)
            {
                CollectInto(request, type, node.SelectionSet, fields, visited, ref dependsOnVariables);
            }
        }

        return new CollectedFields(request.Schema, type, fields, dependsOnVariables);
    }

    private static void CollectInto(RequestContext request, ObjectType type, SelectionSetNode selectionSet, List<(string Key, List<FieldNode> Nodes)> fields, HashSet<string> visitedFragments, ref bool dependsOnVariables)
    {
        foreach (var selection in selectionSet.Selections)
        {
            if (!ShouldInclude(request, selection.Directives, ref dependsOnVariables))
            {
                continue;
            }

            switch (selection)
            {
                case FieldNode field:
                    var responseKey = field.Alias ?? field.Name;
                    var index = fields.FindIndex(f => f.Key == responseKey);
                    if (index < 0)
                    {
                        fields.Add((responseKey, [field]));
                    }
                    else
                    {
                        fields[index].Nodes.Add(field);
                    }

                    break;
                case FragmentSpreadNode spread:
                    if (!visitedFragments.Add(spread.Name) || !request.Operation.Fragments.TryGetValue(spread.Name, out var fragment))
                    {
                        continue;
                    }

                    if (DoesFragmentApply(request.Schema, type, fragment.TypeCondition.Name))
                    {
                        CollectInto(request, type, fragment.SelectionSet, fields, visitedFragments, ref dependsOnVariables);
                    }

                    break;
                case InlineFragmentNode inline:
                    if (inline.TypeCondition is null || DoesFragmentApply(request.Schema, type, inline.TypeCondition.Name))
                    {
                        CollectInto(request, type, inline.SelectionSet, fields, visitedFragments, ref dependsOnVariables);
                    }

                    break;
            }
        }
    }

    private static bool DoesFragmentApply(Schema schema, ObjectType type, string typeCondition)
    {
        var conditionType = schema.GetType(typeCondition);
        return conditionType is not null && (ReferenceEquals(conditionType, type) || schema.IsSubType(conditionType, type));
    }

    private static bool ShouldInclude(RequestContext request, IReadOnlyList<DirectiveNode> directives, ref bool dependsOnVariables)
    {
        foreach (var directive in directives)
        {
            if (directive.Name is not ("skip" or "include"))
            {
                continue;
            }

            var argument = directive.Arguments.FirstOrDefault(a => a.Name == "if");
            var value = argument?.Value switch
            {
                BooleanValueNode b => b.Value,
                VariableNode v => Variable(request, v.Name, ref dependsOnVariables),
                _ => false,
            };
            if (directive.Name == "skip" ? value : !value)
            {
                return false;
            }
        }

        return true;
    }

    private static bool Variable(RequestContext request, string name, ref bool dependsOnVariables)
    {
        dependsOnVariables = true;
        return request.Variables.TryGetValue(name, out var value) && value is true;
    }
}
