using Platform.GraphQL.Language.Ast;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Execution;

/// <summary>The result of CollectFields (spec §6.3.2) for one object type: response keys in order, each with its field nodes and plan.</summary>
internal sealed class CollectedFields
{
    public CollectedFields(Schema schema, ObjectType type, List<(string Key, List<FieldNode> Nodes)> fields, bool dependsOnVariables)
    {
        Fields = fields;
        DependsOnVariables = dependsOnVariables;
        Planned = new PlannedField[fields.Count];
        for (var i = 0; i < fields.Count; i++)
        {
            Planned[i] = new PlannedField(schema, type, fields[i].Key, fields[i].Nodes);
            if (Planned[i].TypedLeaf is { HasBits: true })
            {
                Planned[i].BitsIndex = BitsCount++;
            }
        }
    }

    /// <summary>How many planned fields keep bits in a result map (see <see cref="PlannedField.BitsIndex"/>).</summary>
    public int BitsCount { get; }

    public List<(string Key, List<FieldNode> Nodes)> Fields { get; }

    /// <summary>The same response keys, each with its field definition and cached per-field work.</summary>
    public PlannedField[] Planned { get; }

    public bool DependsOnVariables { get; }
}
