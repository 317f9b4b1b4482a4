namespace Platform.GraphQL.Language.Ast;

/// <summary>A reference to a named type.</summary>
public sealed record NamedTypeNode(string Name) : TypeNode;
