namespace Platform.GraphQL.Language.Ast;

/// <summary>An integer literal, kept as its source text.</summary>
public sealed record IntValueNode(string Value) : ValueNode;
