namespace Platform.GraphQL.Language.Ast;

/// <summary>A field, fragment spread or inline fragment inside a selection set.</summary>
public abstract record SelectionNode(IReadOnlyList<DirectiveNode> Directives) : SyntaxNode;
