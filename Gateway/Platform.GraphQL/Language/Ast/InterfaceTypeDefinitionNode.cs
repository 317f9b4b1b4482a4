namespace Platform.GraphQL.Language.Ast;

/// <summary>An interface type definition or extension.</summary>
public sealed record InterfaceTypeDefinitionNode(string? Description, string Name, IReadOnlyList<NamedTypeNode> Interfaces, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<FieldDefinitionNode> Fields, bool IsExtension) : TypeDefinitionNode(Name, Directives);
