using Platform.GraphQL.Execution;

namespace Platform.GraphQL.Requests;

/// <summary>A streaming request's outcome: either a failure before execution, or a stream of results.</summary>
public sealed record SubscribeResult(ExecutionResult? Failure, IAsyncEnumerable<ExecutionResult>? Results);
