namespace Platform.GraphQL.Language.Ast;

/// <summary>A query, mutation or subscription operation.</summary>
public sealed record OperationDefinitionNode(OperationType Operation, string? Name, IReadOnlyList<VariableDefinitionNode> VariableDefinitions, IReadOnlyList<DirectiveNode> Directives, SelectionSetNode SelectionSet) : ExecutableDefinitionNode;
