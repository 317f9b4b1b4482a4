namespace Platform.GraphQL.Language.Ast;

/// <summary>A boolean literal.</summary>
public sealed record BooleanValueNode(bool Value) : ValueNode;
