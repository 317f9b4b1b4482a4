using Platform.GraphQL.Execution;
using Platform.GraphQL.Limits;
using Platform.GraphQL.Persisted;

namespace Platform.GraphQL.Requests;

/// <summary>Where the document text comes from (query, trusted document id, APQ hash) and variable coercion with the cost limit.</summary>
public sealed partial class GraphQLEngine
{
    private (string Text, IReadOnlyDictionary<string, object?>? Extensions, ExecutionResult? Failure) ResolveDocumentText(GraphQLRequest request)
    {
        if (request.DocumentId is { } documentId)
        {
            return Persisted.TryGet(documentId, out var trusted) && Persisted.IsTrusted(documentId)
                ? (trusted, null, null)
                : (string.Empty, null, ExecutionResult.Failed(RequestErrorKind.PersistedQueryNotFound, GraphQLError.WithCode($"No trusted document has the id \"{documentId}\".", ErrorCodes.PersistedQueryNotFound)));
        }

        var apq = request.Extensions?.GetValueOrDefault("persistedQuery") as IReadOnlyDictionary<string, object?>;
        var hash = apq?.GetValueOrDefault("sha256Hash") as string;
        if (apq is not null && (hash is null || apq.GetValueOrDefault("version") is not (1L or 1 or 1.0)))
        {
            return Failed(RequestErrorKind.InvalidRequest, "persistedQuery needs version 1 and a sha256Hash.", ErrorCodes.PersistedQueryNotSupported);
        }

        if (hash is not null && !Persisted.AutomaticPersistenceEnabled && !Persisted.IsTrusted(hash))
        {
            return Failed(RequestErrorKind.InvalidRequest, "PersistedQueryNotSupported", ErrorCodes.PersistedQueryNotSupported);
        }

        if (request.Query is null)
        {
            if (hash is null)
            {
                return Failed(RequestErrorKind.InvalidRequest, "The request has no query, document id or persisted query hash.", ErrorCodes.BadUserInput);
            }

            return Persisted.TryGet(hash, out var known)
                ? (known, null, null)
                : Failed(RequestErrorKind.PersistedQueryNotFound, "PersistedQueryNotFound", ErrorCodes.PersistedQueryNotFound);
        }

        if (hash is not null)
        {
            if (!string.Equals(PersistedDocumentStore.Hash(request.Query), hash, StringComparison.OrdinalIgnoreCase))
            {
                return Failed(RequestErrorKind.InvalidRequest, "The persistedQuery sha256Hash does not match the query.", ErrorCodes.PersistedQueryHashMismatch);
            }

            Persisted.AddAutomatic(hash, request.Query);
            var extensions = new Dictionary<string, object?>
            {
                ["persistedQuery"] = new Dictionary<string, object?> { ["sha256Hash"] = hash, ["persisted"] = true },
            };
            return (request.Query, extensions, null);
        }

        if (Options.OnlyPersistedOperations && !Persisted.IsTrusted(PersistedDocumentStore.Hash(request.Query)))
        {
            return Failed(RequestErrorKind.InvalidRequest, "Only trusted persisted documents may be executed on this server.", ErrorCodes.PersistedOnly);
        }

        return (request.Query, null, null);
    }

    private static (string, IReadOnlyDictionary<string, object?>?, ExecutionResult?) Failed(RequestErrorKind kind, string message, string code) =>
        (string.Empty, null, ExecutionResult.Failed(kind, GraphQLError.WithCode(message, code)));

    private (IReadOnlyDictionary<string, object?>? Variables, ExecutionResult? Failure) CoerceVariables(PreparedOperation operation, GraphQLRequest request)
    {
        var (variables, errors) = VariableCoercer.Coerce(Schema, operation.Definition, request.Variables);
        if (errors.Count > 0)
        {
            return (null, ExecutionResult.Failed(RequestErrorKind.VariableCoercion, errors));
        }

        if (Options.MaxCost > 0)
        {
            var cost = CostAnalyzer.Cost(Schema, operation, variables, Options.AssumedListSize);
            if (cost > Options.MaxCost)
            {
                var error = new GraphQLError($"The query cost {cost} exceeds the maximum allowed cost of {Options.MaxCost}.")
                {
                    Extensions = new Dictionary<string, object?> { ["code"] = ErrorCodes.CostLimitExceeded, ["cost"] = cost, ["maxCost"] = Options.MaxCost },
                };
                return (null, ExecutionResult.Failed(RequestErrorKind.LimitExceeded, error));
            }
        }

        return (variables, null);
    }
}
