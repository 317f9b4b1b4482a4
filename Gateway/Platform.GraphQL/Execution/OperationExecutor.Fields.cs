using Platform.GraphQL.Language.Ast;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Execution;

/// <summary>Field execution (spec §6.4): argument coercion, resolver invocation and error capture.</summary>
internal sealed partial class OperationExecutor
{
    private ValueTask<object?> ExecuteField(ObjectType parentType, object? source, PlannedField planned, PathRef path, bool isSubscriptionEvent)
    {
        var field = planned.Definition!;
        var info = new FieldInfo(parentType, field, planned, path);
        if (!isSubscriptionEvent && planned.ParentRead is { } read && source is not null)
        {
            // A plain parent read of an object or list field: the value straight from the parent, no resolver context.
            object? raw;
            try
            {
                _request.CancellationToken.ThrowIfCancellationRequested();
                raw = read(source);
            }
            catch (Exception exception)
            {
                ReportException(info, exception);
                return new ValueTask<object?>(NullFor(field.Type));
            }

            return CompleteFieldValue(info, raw, path);
        }

        IReadOnlyDictionary<string, object?> arguments;
        try
        {
            arguments = planned.Arguments(_request);
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
            var context = new ResolverContext(_request, parentType, source, field, planned.Nodes[0], arguments, path);
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
            return CompleteFieldValue(info, resolved.Result, path);
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

        return await CompleteFieldValue(info, value, info.Path).ConfigureAwait(false);
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
                _request.ReportError(new GraphQLError(graphQLException.Message) { Locations = info.Locations, Path = info.Path.Build()!.ToList(), Extensions = extensions });
                break;
            case OperationCanceledException when _request.CancellationToken.IsCancellationRequested:
                ReportError(info, "Execution was cancelled or timed out.", ErrorCodes.Timeout);
                break;
            default:
                _options.OnResolverException?.Invoke(exception, info.Path.Build()!);
                ReportError(info, _options.ExposeExceptionMessages ? exception.Message : "Unexpected error while resolving this field.", ErrorCodes.InternalError);
                break;
        }
    }

    private void ReportError(FieldInfo info, string message, string code, PathRef? path = null)
    {
        _request.ReportError(new GraphQLError(message)
        {
            Locations = info.Locations,
            Path = (path ?? info.Path).Build()!.ToList(),
            Extensions = new Dictionary<string, object?> { ["code"] = code },
        });
    }

    /// <summary>What error reports need to know about the field being executed.</summary>
    private readonly record struct FieldInfo(ObjectType ParentType, FieldDefinition Field, PlannedField Planned, PathRef Path)
    {
        public List<FieldNode> Nodes => Planned.Nodes;

        public IReadOnlyList<Language.SourceLocation> Locations =>
            Nodes[0].Location is { } location ? [location] : [];
    }
}
