using System.Runtime.CompilerServices;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Language.Ast;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Requests;

/// <summary>Subscriptions (spec §6.2.3): one source stream per request, each event executed as a response.</summary>
public sealed partial class GraphQLEngine
{
    /// <summary>
    /// Starts a request on a streaming transport: a subscription yields one result per event; a query or mutation yields one result.
    /// A request that fails before execution yields nothing and returns its failure in <see cref="SubscribeResult.Failure"/>.
    /// </summary>
    public async Task<SubscribeResult> SubscribeAsync(GraphQLRequest request, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new RequestOptions();
        var prepared = Prepare(request, options);
        if (prepared.Failure is not null)
        {
            return new SubscribeResult(prepared.Failure, null);
        }

        if (prepared.Operation!.OperationType != OperationType.Subscription)
        {
            var single = await ExecuteAsync(request, options, cancellationToken).ConfigureAwait(false);
            return single.RequestError != RequestErrorKind.None ? new SubscribeResult(single, null) : new SubscribeResult(null, One(single));
        }

        var (variables, failure) = CoerceVariables(prepared.Operation, request);
        if (failure is not null)
        {
            return new SubscribeResult(failure, null);
        }

        var context = new RequestContext(Schema, prepared.Operation, variables!, options.Services ?? _noServices, options.User, cancellationToken);
        var root = Schema.Subscription!;
        var fields = FieldCollector.Collect(context, root, prepared.Operation.Definition.SelectionSet);
        if (fields.Fields.Count == 0)
        {
            return new SubscribeResult(ExecutionResult.Failed(RequestErrorKind.InvalidRequest, GraphQLError.WithCode("The subscription selects no field (all were skipped).", ErrorCodes.BadUserInput)), null);
        }

        var (key, nodes) = fields.Fields[0];
        var field = root.Fields[nodes[0].Name];
        IAsyncEnumerable<object?> source;
        try
        {
            var arguments = ArgumentCoercer.Coerce(context, field, nodes[0]);
            var resolver = new ResolverContext(context, root, null, field, nodes[0], arguments, PathRef.Field(null, key));
            if (field.Rule is { IsUnconditional: false } rule
                && await context.DataLoaders.PumpAsync(rule.CheckAsync(resolver).AsTask(), cancellationToken).ConfigureAwait(false) is { IsAllowed: false } denied)
            {
                throw new GraphQLException(denied.Message ?? "Not authorized.", denied.Code ?? ErrorCodes.Forbidden);
            }

            source = field.Subscriber?.Invoke(resolver)
                ?? throw new GraphQLException($"Subscription field \"{root.Name}.{field.Name}\" has no event source.", ErrorCodes.InternalError);
        }
        catch (Exception exception) when (exception is InputCoercionException or GraphQLException)
        {
            var code = exception is GraphQLException g ? g.Code : ErrorCodes.BadUserInput;
            var error = new GraphQLError(exception.Message) { Locations = nodes[0].Location is { } l ? [l] : null, Path = [key], Extensions = new Dictionary<string, object?> { ["code"] = code } };
            return new SubscribeResult(ExecutionResult.Failed(RequestErrorKind.InvalidRequest, error), null);
        }

        return new SubscribeResult(null, MapEvents(prepared.Operation, variables!, options, source, cancellationToken));
    }

    private async IAsyncEnumerable<ExecutionResult> MapEvents(PreparedOperation operation, IReadOnlyDictionary<string, object?> variables, RequestOptions options, IAsyncEnumerable<object?> source, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var item in source.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            var context = new RequestContext(Schema, operation, variables, options.Services ?? _noServices, options.User, cancellationToken);
            ResultMap? data;
            try
            {
                data = await new OperationExecutor(context, Options).ExecuteEventAsync(item).ConfigureAwait(false);
            }
            finally
            {
                context.DataLoaders.End();
            }

            yield return new ExecutionResult { HasData = true, Data = data, Errors = [.. context.Errors] };
        }
    }

    private static async IAsyncEnumerable<ExecutionResult> One(ExecutionResult result)
    {
        await Task.CompletedTask.ConfigureAwait(false);
        yield return result;
    }
}
