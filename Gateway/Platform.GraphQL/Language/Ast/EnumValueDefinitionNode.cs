namespace Platform.GraphQL.Language.Ast;

/// <summary>One value of an enum type definition.</summary>
public sealed record EnumValueDefinitionNode(string? Description, string Name, IReadOnlyList<DirectiveNode> Directives) : SyntaxNode;
