namespace Platform.GraphQL.Language.Ast;

/// <summary>A named fragment spread (<c>...Name</c>).</summary>
public sealed record FragmentSpreadNode(string Name, IReadOnlyList<DirectiveNode> Directives) : SelectionNode(Directives);
