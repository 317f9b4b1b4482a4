using System.Collections;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Execution;

/// <summary>CompleteValue (spec §6.4.3): non-null checks, lists, leaves, abstract type resolution and sub-selections.</summary>
internal sealed partial class OperationExecutor
{
    private ValueTask<object?> CompleteValue(FieldInfo info, GraphQLType type, object? value, PathRef path)
    {
        if (type is NonNullType nonNull)
        {
            var inner = CompleteNullable(info, nonNull.OfType, value, path);
            if (inner.IsCompletedSuccessfully)
            {
                return new ValueTask<object?>(CheckNonNull(info, inner.Result, path));
            }

            // Only an object's fields or a list's items can still be pending; they end as a map, a list or the
            // propagation marker, never null, so the non-null check has nothing left to do (no extra state machine).
            return inner;
        }

        var completed = CompleteNullable(info, type, value, path);
        if (completed.IsCompletedSuccessfully)
        {
            return new ValueTask<object?>(ReferenceEquals(completed.Result, _propagate) ? null : completed.Result);
        }

        return AwaitNullableAsync(completed);
    }

    private object? CheckNonNull(FieldInfo info, object? value, PathRef path)
    {
        if (value is null)
        {
            ReportError(info, $"Cannot return null for non-nullable field {info.ParentType.Name}.{info.Field.Name}.", ErrorCodes.InternalError, path);
            return _propagate;
        }

        return value;
    }

    private static async ValueTask<object?> AwaitNullableAsync(ValueTask<object?> inner)
    {
        var value = await inner.ConfigureAwait(false);
        return ReferenceEquals(value, _propagate) ? null : value;
    }

    private ValueTask<object?> CompleteNullable(FieldInfo info, GraphQLType type, object? value, PathRef path)
    {
        if (value is null)
        {
            return new ValueTask<object?>((object?)null);
        }

        try
        {
            switch (type)
            {
                case ListType list:
                    return CompleteList(info, list.OfType, value, path);
                case ScalarType scalar:
                    return new ValueTask<object?>(scalar.Serialize(value));
                case EnumType enumType:
                    return new ValueTask<object?>(enumType.Serialize(value));
                case ObjectType objectType:
                    return ExecuteFields(objectType, value, info.Planned.Subfields(_request, objectType), path);
                default:
                    var resolved = ResolveAbstractType(info, type.Named, value);
                    return ExecuteFields(resolved, value, info.Planned.Subfields(_request, resolved), path);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            ReportCompletionError(info, exception, path);
            return new ValueTask<object?>(_propagate);
        }
    }

    private ObjectType ResolveAbstractType(FieldInfo info, NamedType abstractType, object value)
    {
        var resolveName = abstractType switch
        {
            InterfaceType i => i.ResolveTypeName,
            UnionType u => u.ResolveTypeName,
            _ => null,
        };
        if (resolveName is not null)
        {
            var name = resolveName(value);
            if (name is not null && _request.Schema.GetType(name) is ObjectType named && _request.Schema.IsSubType(abstractType, named))
            {
                return named;
            }

            throw new GraphQLException(
                $"Abstract type \"{abstractType.Name}\" must resolve to an Object type at runtime for field \"{info.ParentType.Name}.{info.Field.Name}\". Either the \"{abstractType.Name}\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.",
                ErrorCodes.InternalError);
        }

        foreach (var candidate in _request.Schema.PossibleTypes(abstractType))
        {
            if (candidate.IsTypeOf(value))
            {
                return candidate;
            }
        }

        throw new GraphQLException(
            $"Abstract type \"{abstractType.Name}\" must resolve to an Object type at runtime for field \"{info.ParentType.Name}.{info.Field.Name}\". Either the \"{abstractType.Name}\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.",
            ErrorCodes.InternalError);
    }

    private ValueTask<object?> CompleteList(FieldInfo info, GraphQLType itemType, object value, PathRef path)
    {
        if (value is string || value is not IEnumerable items)
        {
            throw new GraphQLException($"Expected Iterable, but did not find one for field \"{info.ParentType.Name}.{info.Field.Name}\".", ErrorCodes.InternalError);
        }

        // The items' paths hang off the list's own, built once here. Items of the field's own list of objects complete
        // without the type switch (a nested list's items go the general way).
        var listPath = path.Build()!;
        var objectItems = ReferenceEquals(itemType, info.Planned.ListItemType) ? info.Planned.ListItemObject : null;
        var results = new List<object?>(items is ICollection collection ? collection.Count : 4);
        List<(int Index, ValueTask<object?> Task)>? pending = null;
        if (items is IList indexed)
        {
            // Lists and arrays by index: no boxed enumerator.
            for (var index = 0; index < indexed.Count; index++)
            {
                if (!CompleteItem(info, itemType, objectItems, indexed[index], listPath, index, results, ref pending))
                {
                    return new ValueTask<object?>(_propagate);
                }
            }
        }
        else
        {
            var index = 0;
            foreach (var item in items)
            {
                if (!CompleteItem(info, itemType, objectItems, item, listPath, index++, results, ref pending))
                {
                    return new ValueTask<object?>(_propagate);
                }
            }
        }

        return pending is null ? new ValueTask<object?>(results) : AwaitListAsync(results, pending);
    }

    /// <summary>Completes one list item into <paramref name="results"/>; false when its null must propagate to the list.</summary>
    private bool CompleteItem(
        FieldInfo info, GraphQLType itemType, ObjectType? objectItems, object? item, FieldPath listPath, int index, List<object?> results, ref List<(int Index, ValueTask<object?> Task)>? pending)
    {
        var completed = objectItems is not null
            ? CompleteObject(info, objectItems, info.Planned.ListItemIsNonNull, item, PathRef.Item(listPath, index))
            : CompleteValue(info, itemType, item, PathRef.Item(listPath, index));
        if (!completed.IsCompletedSuccessfully)
        {
            results.Add(null);
            (pending ??= []).Add((index, completed));
            return true;
        }

        if (ReferenceEquals(completed.Result, _propagate))
        {
            return false;
        }

        results.Add(completed.Result);
        return true;
    }

    private static async ValueTask<object?> AwaitListAsync(List<object?> results, List<(int Index, ValueTask<object?> Task)> pending)
    {
        var propagate = false;
        foreach (var (index, task) in pending)
        {
            var value = await task.ConfigureAwait(false);
            propagate |= ReferenceEquals(value, _propagate);
            results[index] = value;
        }

        return propagate ? _propagate : results;
    }
}
