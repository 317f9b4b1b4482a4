namespace Platform.GraphQL.Language.Ast;

/// <summary>A named fragment definition.</summary>
public sealed record FragmentDefinitionNode(string Name, NamedTypeNode TypeCondition, IReadOnlyList<DirectiveNode> Directives, SelectionSetNode SelectionSet) : ExecutableDefinitionNode;
