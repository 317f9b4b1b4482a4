namespace Platform.GraphQL.Language.Ast;

/// <summary>An enum type definition or extension.</summary>
public sealed record EnumTypeDefinitionNode(string? Description, string Name, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<EnumValueDefinitionNode> Values, bool IsExtension) : TypeDefinitionNode(Name, Directives);
