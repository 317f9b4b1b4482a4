namespace Platform.GraphQL.Limits;

/// <summary>
/// One selection of an operation as <see cref="CostAnalyzer"/> counts it, worked out once per operation: a field (its own
/// cost, its sub-selection, and how its list size is read), a fragment (the sum of its selections) or an introspection field
/// (1). Only list sizes given by variables are left to each request.
/// </summary>
internal sealed class CostTerm
{
    private CostTerm(long own, CostTerm[] children, bool isField, bool isList, ListSize[] sizes)
    {
        Own = own;
        Children = children;
        IsField = isField;
        IsList = isList;
        Sizes = sizes;
    }

    /// <summary>The field's own cost (1 for an introspection field, 0 for a fragment).</summary>
    public long Own { get; }

    /// <summary>The terms of the sub-selection, in document order.</summary>
    public CostTerm[] Children { get; }

    /// <summary>True for a field (its children cost is added to its own, then multiplied), false for a fragment or introspection.</summary>
    public bool IsField { get; }

    /// <summary>True when everything under the field is multiplied by its list size.</summary>
    public bool IsList { get; }

    /// <summary>Where the list size comes from, in argument order (first/last): the first that gives a number wins.</summary>
    public ListSize[] Sizes { get; }

    public static CostTerm Introspection { get; } = new(1, [], isField: false, isList: false, []);

    public static CostTerm Field(long own, CostTerm[] children, bool isList, ListSize[] sizes) => new(own, children, isField: true, isList, sizes);

    public static CostTerm Fragment(CostTerm[] children) => new(0, children, isField: false, isList: false, []);

    /// <summary>The term's cost under <paramref name="variables"/>, with saturating arithmetic.</summary>
    public long Evaluate(IReadOnlyDictionary<string, object?> variables, int assumedListSize)
    {
        if (!IsField)
        {
            return Children.Length == 0 ? Own : Sum(Children, variables, assumedListSize);
        }

        var children = Sum(Children, variables, assumedListSize);
        var multiplier = IsList ? SizeOf(variables, assumedListSize) : 1;
        return Multiply(Saturating(Own, children), multiplier);
    }

    /// <summary>The saturating sum of <paramref name="terms"/>, in order.</summary>
    public static long Sum(CostTerm[] terms, IReadOnlyDictionary<string, object?> variables, int assumedListSize)
    {
        long total = 0;
        foreach (var term in terms)
        {
            total = Saturating(total, term.Evaluate(variables, assumedListSize));
        }

        return total;
    }

    private long SizeOf(IReadOnlyDictionary<string, object?> variables, int assumedListSize)
    {
        foreach (var size in Sizes)
        {
            if (size.Variable is null)
            {
                return Math.Max(size.Literal, 0);
            }

            if (variables.TryGetValue(size.Variable, out var value) && value is int given)
            {
                return Math.Max(given, 0);
            }
        }

        return assumedListSize;
    }

    private static long Multiply(long a, long b) => b != 0 && a > long.MaxValue / b ? long.MaxValue : a * b;

    private static long Saturating(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;

    /// <summary>A list size argument: a literal number, or the variable whose value (an Int) gives it.</summary>
    public readonly record struct ListSize(long Literal, string? Variable);
}
