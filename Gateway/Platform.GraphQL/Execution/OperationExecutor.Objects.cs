using Platform.GraphQL.Types;

namespace Platform.GraphQL.Execution;

/// <summary>
/// CompleteValue (spec §6.4.3) for values whose object type the plan knows (<see cref="PlannedField.ObjectResult"/>,
/// <see cref="PlannedField.ListItemObject"/>): no type switch per value, and the same results and errors as the general path.
/// </summary>
internal sealed partial class OperationExecutor
{
    /// <summary>CompleteValue for a field's own value: an object field's (the common case) without the type switch.</summary>
    private ValueTask<object?> CompleteFieldValue(FieldInfo info, object? value, PathRef path) =>
        info.Planned.ObjectResult is { } objectType
            ? CompleteObject(info, objectType, info.Planned.IsNonNull, value, path)
            : CompleteValue(info, info.Field.Type, value, path);

    /// <summary>
    /// CompleteValue for a value of an object type known from the plan (a field's or a list's items), <paramref name="isNonNull"/>
    /// when the type is wrapped in non-null: the same results and errors as <see cref="CompleteValue"/> with no type switch.
    /// </summary>
    private ValueTask<object?> CompleteObject(FieldInfo info, ObjectType objectType, bool isNonNull, object? value, PathRef path)
    {
        if (value is null)
        {
            return new ValueTask<object?>(isNonNull ? CheckNonNull(info, null, path) : null);
        }

        ValueTask<object?> fields;
        try
        {
            fields = ExecuteFields(objectType, value, info.Planned.Subfields(_request, objectType), path);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            ReportCompletionError(info, exception, path);
            return new ValueTask<object?>(isNonNull ? _propagate : null);
        }

        if (!fields.IsCompletedSuccessfully)
        {
            // Pending fields end as the map or the propagation marker, never null: a non-null type has nothing left to check.
            return isNonNull ? fields : AwaitNullableAsync(fields);
        }

        var result = fields.Result;
        return new ValueTask<object?>(isNonNull || !ReferenceEquals(result, _propagate) ? result : null);
    }

    /// <summary>Reports an exception thrown while completing a value as the field's error.</summary>
    private void ReportCompletionError(FieldInfo info, Exception exception, PathRef path)
    {
        switch (exception)
        {
            case InputCoercionException:
                ReportError(info, exception.Message, ErrorCodes.InternalError, path);
                break;
            case GraphQLException graphQLException:
                ReportError(info, exception.Message, graphQLException.Code, path);
                break;
            default:
                // Host code runs here too (custom scalar serialisers, resolveType, isTypeOf): its failures are field errors.
                _options.OnResolverException?.Invoke(exception, path.Build()!);
                ReportError(info, _options.ExposeExceptionMessages ? exception.Message : "Unexpected error while completing this field.", ErrorCodes.InternalError, path);
                break;
        }
    }
}
