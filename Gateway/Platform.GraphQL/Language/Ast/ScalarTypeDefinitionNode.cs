namespace Platform.GraphQL.Language.Ast;

/// <summary>A scalar type definition.</summary>
public sealed record ScalarTypeDefinitionNode(string? Description, string Name, IReadOnlyList<DirectiveNode> Directives) : TypeDefinitionNode(Name, Directives);
