using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Execution;

/// <summary>The result of CollectFields (spec §6.3.2): response keys in order, each with its field nodes.</summary>
internal sealed class CollectedFields(List<(string Key, List<FieldNode> Nodes)> fields, bool dependsOnVariables)
{
    public List<(string Key, List<FieldNode> Nodes)> Fields { get; } = fields;

    public bool DependsOnVariables { get; } = dependsOnVariables;
}
