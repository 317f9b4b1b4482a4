namespace Platform.GraphQL.Language.Ast;

/// <summary>An enum value literal.</summary>
public sealed record EnumValueNode(string Value) : ValueNode;
