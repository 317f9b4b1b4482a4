namespace Platform.GraphQL.Language.Ast;

/// <summary>An operation or fragment definition.</summary>
public abstract record ExecutableDefinitionNode : DefinitionNode;
