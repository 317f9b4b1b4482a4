using System.Collections.Concurrent;
using System.Security.Claims;
using Platform.GraphQL.DataLoading;
using Platform.GraphQL.Language.Ast;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Execution;

/// <summary>State shared by every resolver of one request: services, user, item bag, variables, errors, data loaders.</summary>
public sealed class RequestContext
{
    /// <summary>Made on the first error: most requests have none, and an empty queue still costs a 32-slot segment.</summary>
    private ConcurrentQueue<GraphQLError>? _errors;

    internal RequestContext(Schema schema, PreparedOperation operation, IReadOnlyDictionary<string, object?> variables, IServiceProvider services, ClaimsPrincipal? user, CancellationToken cancellationToken)
    {
        Schema = schema;
        Operation = operation;
        Variables = variables;
        Services = services;
        User = user;
        CancellationToken = cancellationToken;
    }

    public Schema Schema { get; }

    public PreparedOperation Operation { get; }

    /// <summary>The coerced variable values.</summary>
    public IReadOnlyDictionary<string, object?> Variables { get; }

    public IServiceProvider Services { get; }

    /// <summary>The caller, as the host's authentication hook produced it (null when anonymous).</summary>
    public ClaimsPrincipal? User { get; }

    public CancellationToken CancellationToken { get; }

    /// <summary>A per-request bag for anything resolvers want to share (data loaders live in <see cref="DataLoaders"/>).</summary>
    public ConcurrentDictionary<string, object?> Items { get; } = new(StringComparer.Ordinal);

    /// <summary>The request's data loaders; batches are dispatched when execution runs out of other work.</summary>
    public DataLoaderScope DataLoaders { get; } = new();

    public IReadOnlyCollection<GraphQLError> Errors => (IReadOnlyCollection<GraphQLError>?)Volatile.Read(ref _errors) ?? [];

    internal OperationDefinitionNode Definition => Operation.Definition;

    public void ReportError(GraphQLError error) => LazyInitializer.EnsureInitialized(ref _errors).Enqueue(error);
}
