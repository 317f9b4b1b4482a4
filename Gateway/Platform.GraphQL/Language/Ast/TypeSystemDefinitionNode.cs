namespace Platform.GraphQL.Language.Ast;

/// <summary>A schema, type or directive definition or extension.</summary>
public abstract record TypeSystemDefinitionNode : DefinitionNode;
