namespace Platform.GraphQL.Language.Ast;

/// <summary>A variable declared by an operation, with its type and default.</summary>
public sealed record VariableDefinitionNode(string Name, TypeNode Type, ValueNode? DefaultValue, IReadOnlyList<DirectiveNode> Directives) : SyntaxNode;
