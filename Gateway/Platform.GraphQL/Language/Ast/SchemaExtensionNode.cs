namespace Platform.GraphQL.Language.Ast;

/// <summary>An <c>extend schema</c> definition.</summary>
public sealed record SchemaExtensionNode(IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<OperationTypeDefinitionNode> OperationTypes) : TypeSystemDefinitionNode;
