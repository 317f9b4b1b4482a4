namespace Platform.GraphQL.Language.Ast;

/// <summary>A float literal, kept as its source text.</summary>
public sealed record FloatValueNode(string Value) : ValueNode;
