namespace Platform.GraphQL.Language.Ast;

/// <summary>An inline fragment with an optional type condition.</summary>
public sealed record InlineFragmentNode(NamedTypeNode? TypeCondition, IReadOnlyList<DirectiveNode> Directives, SelectionSetNode SelectionSet) : SelectionNode(Directives);
