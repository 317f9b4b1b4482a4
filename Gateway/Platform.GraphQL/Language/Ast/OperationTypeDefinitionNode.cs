namespace Platform.GraphQL.Language.Ast;

/// <summary>A root operation type binding inside a schema definition.</summary>
public sealed record OperationTypeDefinitionNode(OperationType Operation, NamedTypeNode Type) : SyntaxNode;
