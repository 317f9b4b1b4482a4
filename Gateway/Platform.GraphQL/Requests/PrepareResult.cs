using Platform.GraphQL.Execution;

namespace Platform.GraphQL.Requests;

/// <summary>The outcome of preparing a request: the operation to run, or the result to send instead.</summary>
public sealed record PrepareResult(PreparedOperation? Operation, ExecutionResult? Failure, IReadOnlyDictionary<string, object?>? Extensions);
