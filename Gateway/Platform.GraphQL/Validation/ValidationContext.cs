using Platform.GraphQL.Execution;
using Platform.GraphQL.Language;
using Platform.GraphQL.Language.Ast;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Validation;

/// <summary>What rules see while the document is walked: the schema, the document, current type information, and error reporting.</summary>
public sealed class ValidationContext
{
    private readonly List<GraphQLError> _errors = [];
    private readonly Dictionary<OperationDefinitionNode, List<(VariableNode Variable, GraphQLType? Type, bool HasDefault)>> _usages = [];

    internal ValidationContext(Schema schema, DocumentNode document, int maxErrors)
    {
        Schema = schema;
        Document = document;
        MaxErrors = maxErrors;
        Fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        foreach (var fragment in document.Definitions.OfType<FragmentDefinitionNode>())
        {
            Fragments.TryAdd(fragment.Name, fragment);
        }
    }

    public Schema Schema { get; }

    public DocumentNode Document { get; }

    public int MaxErrors { get; }

    public Dictionary<string, FragmentDefinitionNode> Fragments { get; }

    public IReadOnlyList<GraphQLError> Errors => _errors;

    public bool IsFull => _errors.Count >= MaxErrors;

    /// <summary>The composite type whose selection set is being walked (null when unknown).</summary>
    public NamedType? ParentType { get; internal set; }

    /// <summary>The output type of the current field or fragment (null when unknown).</summary>
    public GraphQLType? OutputType { get; internal set; }

    /// <summary>The definition of the current field (null when unknown).</summary>
    public FieldDefinition? FieldDefinition { get; internal set; }

    /// <summary>The directive being walked (null outside directives or when unknown).</summary>
    public DirectiveDefinition? Directive { get; internal set; }

    /// <summary>The argument definition of the current argument value.</summary>
    public InputValueDefinition? Argument { get; internal set; }

    /// <summary>The type the current value is expected to have (null when unknown).</summary>
    public GraphQLType? InputType { get; internal set; }

    /// <summary>The type of the value that contains the current one (list or input object).</summary>
    public GraphQLType? ParentInputType { get; internal set; }

    /// <summary>Whether the current location supplies a default when the value is absent (argument or input field default).</summary>
    public bool LocationHasDefault { get; internal set; }

    public void Report(string message, params SyntaxNode?[] nodes)
    {
        if (IsFull)
        {
            return;
        }

        var locations = nodes.Where(n => n?.Location is not null).Select(n => n!.Location!.Value).ToList();
        _errors.Add(GraphQLError.WithCode(message, ErrorCodes.ValidationFailed, locations.Count == 0 ? null : locations));
    }

    /// <summary>Fragments an operation or fragment reaches through spreads, transitively.</summary>
    public IReadOnlyList<FragmentDefinitionNode> RecursivelyReferencedFragments(SelectionSetNode selectionSet)
    {
        var result = new List<FragmentDefinitionNode>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<SelectionSetNode>();
        stack.Push(selectionSet);
        while (stack.Count > 0)
        {
            foreach (var spread in Spreads(stack.Pop()))
            {
                if (seen.Add(spread.Name) && Fragments.TryGetValue(spread.Name, out var fragment))
                {
                    result.Add(fragment);
                    stack.Push(fragment.SelectionSet);
                }
            }
        }

        return result;
    }

    /// <summary>Fragment spreads directly inside a selection set (not inside named fragments).</summary>
    public static IEnumerable<FragmentSpreadNode> Spreads(SelectionSetNode selectionSet)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FragmentSpreadNode spread:
                    yield return spread;
                    break;
                case FieldNode { SelectionSet: { } inner }:
                    foreach (var nested in Spreads(inner))
                    {
                        yield return nested;
                    }

                    break;
                case InlineFragmentNode inline:
                    foreach (var nested in Spreads(inline.SelectionSet))
                    {
                        yield return nested;
                    }

                    break;
            }
        }
    }

    /// <summary>Every variable used by an operation (including through fragments), with the input type expected where it is used.</summary>
    public IReadOnlyList<(VariableNode Variable, GraphQLType? Type, bool HasDefault)> VariableUsages(OperationDefinitionNode operation)
    {
        if (!_usages.TryGetValue(operation, out var usages))
        {
            usages = VariableUsageCollector.Collect(this, operation);
            _usages[operation] = usages;
        }

        return usages;
    }

    internal static string Print(TypeNode type) => Printer.Print(type);
}
