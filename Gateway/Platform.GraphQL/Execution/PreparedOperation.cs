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

    /// <summary>The operation's static cost terms (<see cref="Limits.CostAnalyzer"/>), worked out on first use; any race stores equal terms.</summary>
    internal Limits.OperationCostTerms? CostTerms { get; set; }

    /// <summary>Argument maps of fields whose arguments are all literals.</summary>
    internal ConcurrentDictionary<(FieldNode, Types.FieldDefinition), IReadOnlyDictionary<string, object?>> ArgumentCache { get; } = new();
}
