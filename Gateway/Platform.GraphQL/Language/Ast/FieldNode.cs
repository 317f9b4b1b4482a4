namespace Platform.GraphQL.Language.Ast;

/// <summary>A field selection with optional alias, arguments and sub-selection.</summary>
public sealed record FieldNode(string? Alias, string Name, IReadOnlyList<ArgumentNode> Arguments, IReadOnlyList<DirectiveNode> Directives, SelectionSetNode? SelectionSet) : SelectionNode(Directives);
