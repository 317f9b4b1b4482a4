namespace Platform.GraphQL.Language.Ast;

/// <summary>A whole parsed GraphQL document.</summary>
public sealed record DocumentNode(IReadOnlyList<DefinitionNode> Definitions) : SyntaxNode;
