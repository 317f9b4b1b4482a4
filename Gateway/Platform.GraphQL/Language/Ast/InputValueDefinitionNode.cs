namespace Platform.GraphQL.Language.Ast;

/// <summary>An argument or input field definition.</summary>
public sealed record InputValueDefinitionNode(string? Description, string Name, TypeNode Type, ValueNode? DefaultValue, IReadOnlyList<DirectiveNode> Directives) : SyntaxNode;
