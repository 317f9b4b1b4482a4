namespace Platform.GraphQL.Execution;

/// <summary>A response (spec §7.1): data, errors and extensions; <see cref="RequestError"/> says whether execution ran.</summary>
public sealed record ExecutionResult
{
    /// <summary>The data entry: a <see cref="ResultMap"/>, or null. Not present at all when <see cref="HasData"/> is false.</summary>
    public ResultMap? Data { get; init; }

    public bool HasData { get; init; }

    public IReadOnlyList<GraphQLError> Errors { get; init; } = [];

    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    public RequestErrorKind RequestError { get; init; }

    public static ExecutionResult Failed(RequestErrorKind kind, params GraphQLError[] errors) =>
        new() { RequestError = kind, Errors = errors };

    public static ExecutionResult Failed(RequestErrorKind kind, IReadOnlyList<GraphQLError> errors) =>
        new() { RequestError = kind, Errors = errors };
}
