namespace Platform.GraphQL.Language.Ast;

/// <summary>A field definition of an object or interface type.</summary>
public sealed record FieldDefinitionNode(string? Description, string Name, IReadOnlyList<InputValueDefinitionNode> Arguments, TypeNode Type, IReadOnlyList<DirectiveNode> Directives) : SyntaxNode;
