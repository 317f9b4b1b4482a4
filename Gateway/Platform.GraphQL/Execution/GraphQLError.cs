using Platform.GraphQL.Language;

namespace Platform.GraphQL.Execution;

/// <summary>An error in a response (spec §7.1.2): message, source locations, path and extensions such as <c>code</c>.</summary>
public sealed record GraphQLError(string Message)
{
    public IReadOnlyList<SourceLocation>? Locations { get; init; }

    public IReadOnlyList<object>? Path { get; init; }

    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    /// <summary>The <c>extensions.code</c> value, if any.</summary>
    public string? Code => Extensions?.GetValueOrDefault("code") as string;

    public static GraphQLError WithCode(string message, string code, IReadOnlyList<SourceLocation>? locations = null) =>
        new(message) { Locations = locations, Extensions = new Dictionary<string, object?> { ["code"] = code } };
}
