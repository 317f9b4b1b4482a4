namespace Platform.GraphQL.Language.Ast;

/// <summary>An <c>extend scalar</c> definition.</summary>
public sealed record ScalarTypeExtensionNode(string Name, IReadOnlyList<DirectiveNode> Directives) : TypeDefinitionNode(Name, Directives);
