namespace Platform.GraphQL.Language.Ast;

/// <summary>A top-level definition of a document (executable or type system).</summary>
public abstract record DefinitionNode : SyntaxNode;
