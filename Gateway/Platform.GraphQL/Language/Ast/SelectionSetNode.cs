namespace Platform.GraphQL.Language.Ast;

/// <summary>A braced list of selections.</summary>
public sealed record SelectionSetNode(IReadOnlyList<SelectionNode> Selections) : SyntaxNode;
