namespace Platform.GraphQL.Language.Ast;

/// <summary>The null literal.</summary>
public sealed record NullValueNode : ValueNode;
