namespace Platform.GraphQL.Language.Ast;

/// <summary>A directive applied in a document (<c>@name(args)</c>).</summary>
public sealed record DirectiveNode(string Name, IReadOnlyList<ArgumentNode> Arguments) : SyntaxNode;
