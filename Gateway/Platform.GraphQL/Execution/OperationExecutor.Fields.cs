using Platform.GraphQL.Language.Ast;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Execution;

/// <summary>Field execution (spec §6.4): argument coercion, resolver invocation and error capture.</summary>
internal sealed partial class OperationExecutor
{
    private ValueTask<object?> ExecuteField(ObjectType parentType, object? source, FieldDefinition field, List<FieldNode> nodes, FieldPath path, bool isSubscriptionEvent)
    {
        var info = new FieldInfo(parentType, field, nodes, path);
        IReadOnlyDictionary<string, object?> arguments;
        try
        {
            arguments = ArgumentCoercer.Coerce(_request, field, nodes[0]);
        }
        catch (InputCoercionException exception)
        {
            ReportError(info, exception.Message, ErrorCodes.BadUserInput);
            return new ValueTask<object?>(NullFor(field.Type));
        }

        ValueTask<object?> resolved;
        try
        {
            _request.CancellationToken.ThrowIfCancellationRequested();
            var context = new ResolverContext(_request, parentType, source, field, nodes[0], arguments, path);
            resolved = field.Resolver is { } resolver
                ? resolver(context)
                : new ValueTask<object?>(isSubscriptionEvent ? source : DefaultResolve(source, field.Name));
        }
        catch (Exception exception)
        {
            ReportException(info, exception);
            return new ValueTask<object?>(NullFor(field.Type));
        }

        if (resolved.IsCompletedSuccessfully)
        {
            return CompleteValue(info, field.Type, resolved.Result, path);
        }

        return AwaitResolverAsync(info, resolved);
    }

    private async ValueTask<object?> AwaitResolverAsync(FieldInfo info, ValueTask<object?> resolved)
    {
        object? value;
        try
        {
            value = await resolved.ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            ReportException(info, exception);
            return NullFor(info.Field.Type);
        }

        return await CompleteValue(info, info.Field.Type, value, info.Path).ConfigureAwait(false);
    }

    private static object? DefaultResolve(object? source, string name) => source switch
    {
        IReadOnlyDictionary<string, object?> map => map.GetValueOrDefault(name),
        IDictionary<string, object?> map => map.TryGetValue(name, out var value) ? value : null,
        _ => null,
    };

    private static object? NullFor(GraphQLType type) => type is NonNullType ? _propagate : null;

    private void ReportException(FieldInfo info, Exception exception)
    {
        switch (exception)
        {
            case GraphQLException graphQLException:
                var extensions = new Dictionary<string, object?>(graphQLException.Extensions ?? new Dictionary<string, object?>()) { ["code"] = graphQLException.Code };
                _request.ReportError(new GraphQLError(graphQLException.Message) { Locations = info.Locations, Path = info.Path.ToList(), Extensions = extensions });
                break;
            case OperationCanceledException when _request.CancellationToken.IsCancellationRequested:
                ReportError(info, "Execution was cancelled or timed out.", ErrorCodes.Timeout);
                break;
            default:
                _options.OnResolverException?.Invoke(exception, info.Path);
                ReportError(info, _options.ExposeExceptionMessages ? exception.Message : "Unexpected error while resolving this field.", ErrorCodes.InternalError);
                break;
        }
    }

    private void ReportError(FieldInfo info, string message, string code, FieldPath? path = null)
    {
        _request.ReportError(new GraphQLError(message)
        {
            Locations = info.Locations,
            Path = (path ?? info.Path).ToList(),
            Extensions = new Dictionary<string, object?> { ["code"] = code },
        });
    }

    /// <summary>What error reports need to know about the field being executed.</summary>
    private readonly record struct FieldInfo(ObjectType ParentType, FieldDefinition Field, List<FieldNode> Nodes, FieldPath Path)
    {
        public IReadOnlyList<Language.SourceLocation> Locations =>
            Nodes[0].Location is { } location ? [location] : [];
    }
}
