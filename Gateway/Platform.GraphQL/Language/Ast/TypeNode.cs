namespace Platform.GraphQL.Language.Ast;

/// <summary>A type reference in a document (named, list or non-null).</summary>
public abstract record TypeNode : SyntaxNode;
