namespace Platform.GraphQL.Language.Ast;

/// <summary>A <c>directive @name</c> definition.</summary>
public sealed record DirectiveDefinitionNode(string? Description, string Name, IReadOnlyList<InputValueDefinitionNode> Arguments, bool Repeatable, IReadOnlyList<string> Locations) : TypeSystemDefinitionNode;
