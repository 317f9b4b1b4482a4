using System.Collections.Concurrent;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Language;
using Platform.GraphQL.Language.Ast;
using Platform.GraphQL.Persisted;
using Platform.GraphQL.Types;
using Platform.GraphQL.Validation;

namespace Platform.GraphQL.Requests;

/// <summary>The request pipeline: persisted lookup, parse + validate (cached by document text), limits, variables, execution.</summary>
public sealed partial class GraphQLEngine
{
    private static readonly IServiceProvider _noServices = new EmptyServiceProvider();
    private readonly ConcurrentDictionary<string, CachedDocument> _documents = new(StringComparer.Ordinal);
    private readonly TimeProvider _timeProvider;

    public GraphQLEngine(Schema schema, ExecutionOptions? options = null, PersistedDocumentStore? persisted = null, TimeProvider? timeProvider = null)
    {
        Schema = schema;
        Options = options ?? new ExecutionOptions();
        Persisted = persisted ?? new PersistedDocumentStore();
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    public Schema Schema { get; }

    public ExecutionOptions Options { get; }

    public PersistedDocumentStore Persisted { get; }

    /// <summary>Executes a query or mutation. Never throws for bad input: failures come back as results with errors.</summary>
    public async Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new RequestOptions();
        var prepared = Prepare(request, options);
        if (prepared.Failure is not null)
        {
            return prepared.Failure;
        }

        if (prepared.Operation!.OperationType == OperationType.Subscription)
        {
            return ExecutionResult.Failed(RequestErrorKind.InvalidRequest, GraphQLError.WithCode("Subscriptions need a streaming transport (WebSocket or SSE).", ErrorCodes.BadUserInput));
        }

        var (variables, failure) = CoerceVariables(prepared.Operation, request);
        if (failure is not null)
        {
            return failure;
        }

        using var timeout = new CancellationTokenSource(Options.Timeout, _timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        var context = new RequestContext(Schema, prepared.Operation, variables!, options.Services ?? _noServices, options.User, linked.Token);
        var executor = new OperationExecutor(context, Options);
        ResultMap? data;
        try
        {
            data = await executor.ExecuteAsync(rootValue: null).WaitAsync(linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return new ExecutionResult
            {
                HasData = true,
                Data = null,
                Errors = [.. context.Errors, GraphQLError.WithCode($"The request exceeded the execution timeout of {Options.Timeout.TotalSeconds:0.###} s.", ErrorCodes.Timeout)],
            };
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A bug in the engine or a data loader's batch must still produce a GraphQL response, never an HTTP 500.
            Options.OnResolverException?.Invoke(exception, FieldPath.Root("(request)"));
            return new ExecutionResult
            {
                HasData = true,
                Data = null,
                Errors = [.. context.Errors, GraphQLError.WithCode("Unexpected error while executing the request.", ErrorCodes.InternalError)],
            };
        }
        finally
        {
            // The request's memos give their pooled tables back; work still running (past a timeout) loads unremembered.
            context.DataLoaders.End();
        }

        return new ExecutionResult { HasData = true, Data = data, Errors = [.. context.Errors], Extensions = prepared.Extensions };
    }

    /// <summary>Parses, validates and selects the operation, applying persisted documents and static limits.</summary>
    public PrepareResult Prepare(GraphQLRequest request, RequestOptions options)
    {
        var (text, extensions, persistedFailure) = ResolveDocumentText(request);
        if (persistedFailure is not null)
        {
            return new PrepareResult(null, persistedFailure, null);
        }

        if (text.Length > Options.MaxDocumentLength)
        {
            return Fail(RequestErrorKind.LimitExceeded, $"The document is {text.Length} characters long; the limit is {Options.MaxDocumentLength}.", ErrorCodes.DocumentTooLarge);
        }

        var cached = GetDocument(text);
        if (cached.Failure is not null)
        {
            return new PrepareResult(null, cached.Failure, null);
        }

        var operation = cached.SelectOperation(request.OperationName, out var selectError);
        if (operation is null)
        {
            return Fail(RequestErrorKind.OperationNotFound, selectError!, ErrorCodes.OperationNotFound);
        }

        if (!options.AllowMutations && operation.OperationType == OperationType.Mutation)
        {
            return Fail(RequestErrorKind.OperationNotAllowed, "Mutations are not allowed over GET; use POST.", ErrorCodes.BadUserInput);
        }

        if (!options.AllowSubscriptions && operation.OperationType == OperationType.Subscription)
        {
            return Fail(RequestErrorKind.InvalidRequest, "Subscriptions are not allowed on this transport; use a WebSocket or text/event-stream.", ErrorCodes.BadUserInput);
        }

        if (Options.MaxDepth > 0 && cached.Depth(operation) is var depth && depth > Options.MaxDepth)
        {
            return Fail(RequestErrorKind.LimitExceeded, $"The query depth {depth} exceeds the maximum allowed depth of {Options.MaxDepth}.", ErrorCodes.MaxDepthExceeded);
        }

        return new PrepareResult(operation, null, extensions);
    }

    private static PrepareResult Fail(RequestErrorKind kind, string message, string code) =>
        new(null, ExecutionResult.Failed(kind, GraphQLError.WithCode(message, code)), null);

    private CachedDocument GetDocument(string text)
    {
        if (_documents.TryGetValue(text, out var cached))
        {
            return cached;
        }

        cached = CachedDocument.Create(Schema, text, Options);
        if (_documents.Count >= Options.DocumentCacheSize)
        {
            _documents.Clear();
        }

        _documents.TryAdd(text, cached);
        return cached;
    }

    private sealed class EmptyServiceProvider : IServiceProvider
    {
        public object? GetService(Type serviceType) => null;
    }
}
