namespace Platform.GraphQL.Execution;

/// <summary>Limits and behaviour of request execution.</summary>
public sealed record ExecutionOptions
{
    /// <summary>Deepest field nesting a document may select (0 = unlimited).</summary>
    public int MaxDepth { get; init; } = 20;

    /// <summary>List size cost analysis assumes for list fields without a <c>first</c>/<c>last</c> argument.</summary>
    public int AssumedListSize { get; init; } = 10;

    /// <summary>Highest static cost a document may have (0 = unlimited); see CostAnalyzer.</summary>
    public int MaxCost { get; init; } = 10_000;

    /// <summary>Longest a single request may execute before it is cancelled with EXECUTION_TIMEOUT.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Largest query text accepted, in UTF-16 characters.</summary>
    public int MaxDocumentLength { get; init; } = 100_000;

    /// <summary>Most validation errors reported for one document.</summary>
    public int MaxValidationErrors { get; init; } = 20;

    /// <summary>How many prepared documents are cached by text hash.</summary>
    public int DocumentCacheSize { get; init; } = 1_000;

    /// <summary>When true, messages of unexpected resolver exceptions reach the client; otherwise a generic message does.</summary>
    public bool ExposeExceptionMessages { get; init; }

    /// <summary>Called with every unexpected resolver exception (for logging).</summary>
    public Action<Exception, FieldPath>? OnResolverException { get; init; }

    /// <summary>Parser limits applied to every document.</summary>
    public Language.ParserOptions Parser { get; init; } = Language.ParserOptions.Default;

    /// <summary>When true, only documents found in the trusted document registry may run.</summary>
    public bool OnlyPersistedOperations { get; init; }
}
