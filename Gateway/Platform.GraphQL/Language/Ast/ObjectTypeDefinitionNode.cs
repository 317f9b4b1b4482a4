namespace Platform.GraphQL.Language.Ast;

/// <summary>An object type definition or extension.</summary>
public sealed record ObjectTypeDefinitionNode(string? Description, string Name, IReadOnlyList<NamedTypeNode> Interfaces, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<FieldDefinitionNode> Fields, bool IsExtension) : TypeDefinitionNode(Name, Directives);
