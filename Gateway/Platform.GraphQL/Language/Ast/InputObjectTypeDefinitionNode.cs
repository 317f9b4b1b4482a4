namespace Platform.GraphQL.Language.Ast;

/// <summary>An input object type definition or extension.</summary>
public sealed record InputObjectTypeDefinitionNode(string? Description, string Name, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<InputValueDefinitionNode> Fields, bool IsExtension) : TypeDefinitionNode(Name, Directives);
