namespace Platform.GraphQL.Language.Ast;

/// <summary>An input object literal.</summary>
public sealed record ObjectValueNode(IReadOnlyList<ObjectFieldNode> Fields) : ValueNode;
