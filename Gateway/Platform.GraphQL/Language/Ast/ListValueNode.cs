namespace Platform.GraphQL.Language.Ast;

/// <summary>A list literal.</summary>
public sealed record ListValueNode(IReadOnlyList<ValueNode> Values) : ValueNode;
