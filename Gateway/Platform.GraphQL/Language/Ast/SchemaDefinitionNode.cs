namespace Platform.GraphQL.Language.Ast;

/// <summary>A <c>schema { ... }</c> definition.</summary>
public sealed record SchemaDefinitionNode(string? Description, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<OperationTypeDefinitionNode> OperationTypes) : TypeSystemDefinitionNode;
