namespace Platform.GraphQL.Language.Ast;

/// <summary>A reference to an operation variable (<c>$name</c>).</summary>
public sealed record VariableNode(string Name) : ValueNode;
