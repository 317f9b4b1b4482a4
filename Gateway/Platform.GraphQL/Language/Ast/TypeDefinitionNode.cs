namespace Platform.GraphQL.Language.Ast;

/// <summary>A definition or extension of a named type.</summary>
public abstract record TypeDefinitionNode(string Name, IReadOnlyList<DirectiveNode> Directives) : TypeSystemDefinitionNode;
