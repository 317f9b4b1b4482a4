namespace Platform.GraphQL.Language;

/// <summary>Limits the parser enforces so a hostile document cannot exhaust the stack or the CPU.</summary>
public sealed record ParserOptions
{
    /// <summary>The default limits: 15,000 tokens and 64 levels of nesting.</summary>
    public static ParserOptions Default { get; } = new();

    /// <summary>Most tokens a document may contain before parsing stops.</summary>
    public int MaxTokens { get; init; } = 15_000;

    /// <summary>Deepest nesting of selection sets, list/object values and list types.</summary>
    public int MaxDepth { get; init; } = 64;
}
