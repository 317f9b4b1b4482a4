namespace Platform.GraphQL.Language.Ast;

/// <summary>A non-null type reference (<c>T!</c>).</summary>
public sealed record NonNullTypeNode(TypeNode Type) : TypeNode;
