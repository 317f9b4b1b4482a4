namespace Platform.GraphQL.Language.Ast;

/// <summary>A literal or variable value in a document.</summary>
public abstract record ValueNode : SyntaxNode;
