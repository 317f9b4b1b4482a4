namespace Platform.GraphQL.Language.Ast;

/// <summary>A list type reference (<c>[T]</c>).</summary>
public sealed record ListTypeNode(TypeNode Type) : TypeNode;
