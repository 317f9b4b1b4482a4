namespace Platform.GraphQL.Language.Ast;

/// <summary>A union type definition or extension.</summary>
public sealed record UnionTypeDefinitionNode(string? Description, string Name, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<NamedTypeNode> Types, bool IsExtension) : TypeDefinitionNode(Name, Directives);
