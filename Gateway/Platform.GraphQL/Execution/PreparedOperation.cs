using System.Collections.Concurrent;
using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Execution;

/// <summary>A parsed and validated document with the operation chosen for execution; cached by document text.</summary>
public sealed class PreparedOperation
{
    internal PreparedOperation(DocumentNode document, OperationDefinitionNode definition, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments)
    {
        Document = document;
        Definition = definition;
        Fragments = fragments;
    }

    public DocumentNode Document { get; }

    public OperationDefinitionNode Definition { get; }

    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; }

    public OperationType OperationType => Definition.Operation;

    /// <summary>Field collections that did not depend on variables, per selection set and object type.</summary>
    internal ConcurrentDictionary<(SelectionSetNode, Types.ObjectType), CollectedFields> CollectedFieldsCache { get; } = new();

    /// <summary>Argument maps of fields whose arguments are all literals.</summary>
    internal ConcurrentDictionary<(FieldNode, Types.FieldDefinition), IReadOnlyDictionary<string, object?>> ArgumentCache { get; } = new();
}
