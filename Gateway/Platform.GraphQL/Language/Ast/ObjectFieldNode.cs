namespace Platform.GraphQL.Language.Ast;

/// <summary>One field of an input object literal.</summary>
public sealed record ObjectFieldNode(string Name, ValueNode Value) : SyntaxNode;
