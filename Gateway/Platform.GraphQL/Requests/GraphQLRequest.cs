namespace Platform.GraphQL.Requests;

/// <summary>One GraphQL request as a transport received it (GraphQL-over-HTTP request parameters).</summary>
public sealed record GraphQLRequest
{
    public string? Query { get; init; }

    public string? OperationName { get; init; }

    /// <summary>Variables as JSON-shaped CLR values (dictionaries, lists, string, bool, long, double, null).</summary>
    public IReadOnlyDictionary<string, object?>? Variables { get; init; }

    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    /// <summary>A trusted document's id (its SHA-256 hex, optionally prefixed <c>sha256:</c>) instead of query text.</summary>
    public string? DocumentId { get; init; }
}
