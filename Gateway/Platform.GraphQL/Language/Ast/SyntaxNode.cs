namespace Platform.GraphQL.Language.Ast;

/// <summary>Base of every node of a parsed GraphQL document; carries where it starts in the source.</summary>
public abstract record SyntaxNode
{
    /// <summary>Where the node starts; null for nodes built in code.</summary>
    public SourceLocation? Location { get; init; }
}
