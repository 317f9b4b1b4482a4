namespace Platform.GraphQL.Language.Ast;

/// <summary>A named argument passed to a field or directive.</summary>
public sealed record ArgumentNode(string Name, ValueNode Value) : SyntaxNode;
