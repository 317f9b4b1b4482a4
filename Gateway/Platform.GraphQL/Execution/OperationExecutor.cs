using Platform.GraphQL.Language.Ast;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Execution;

/// <summary>Executes a prepared operation (spec §6.3): selection sets, field resolution, value completion, null propagation.</summary>
internal sealed partial class OperationExecutor
{
    /// <summary>Marks a null that must propagate to the nearest nullable parent (spec §6.4.4).</summary>
    private static readonly object _propagate = new();

    private readonly RequestContext _request;
    private readonly ExecutionOptions _options;

    /// <summary>The request's slots for leaf bits (<see cref="ResultMap"/>), made when the first object with such leaves completes.</summary>
    private SlotArena<long>? _leafBits;

    /// <summary>The request's slots for the values of its result maps.</summary>
    private readonly SlotArena<object?> _values = new();

    public OperationExecutor(RequestContext request, ExecutionOptions options)
    {
        _request = request;
        _options = options;
    }

    /// <summary>Runs a query or mutation and returns its data (null when a non-null root field failed).</summary>
    public async Task<ResultMap?> ExecuteAsync(object? rootValue)
    {
        var rootType = _request.Schema.RootType(_request.Operation.OperationType)!;
        var fields = FieldCollector.Collect(_request, rootType, _request.Definition.SelectionSet);
        var work = _request.Operation.OperationType == OperationType.Mutation
            ? ExecuteFieldsSeriallyAsync(rootType, rootValue, fields)
            : ExecuteFields(rootType, rootValue, fields, PathRef.Root);
        var result = await PumpAsync(work).ConfigureAwait(false);
        return result as ResultMap;
    }

    /// <summary>Executes one subscription event against the root selection set (spec §6.2.3.2 ExecuteSubscriptionEvent).</summary>
    public async Task<ResultMap?> ExecuteEventAsync(object? sourceEvent)
    {
        var rootType = _request.Schema.Subscription!;
        var fields = FieldCollector.Collect(_request, rootType, _request.Definition.SelectionSet);
        var result = await PumpAsync(ExecuteFields(rootType, sourceEvent, fields, PathRef.Root, isSubscriptionEvent: true)).ConfigureAwait(false);
        return result as ResultMap;
    }

    /// <summary>Drives execution, dispatching data loader batches whenever all runnable work is waiting on them.</summary>
    private async Task<object?> PumpAsync(ValueTask<object?> work) =>
        work.IsCompletedSuccessfully ? work.Result : await _request.DataLoaders.PumpAsync(work.AsTask(), _request.CancellationToken).ConfigureAwait(false);

    private ValueTask<object?> ExecuteFields(ObjectType type, object? source, CollectedFields collected, PathRef path, bool isSubscriptionEvent = false)
    {
        var plan = collected.Planned;
        long[]? mapBits = null;
        var mapBitsOffset = 0;
        if (collected.BitsCount > 0)
        {
            mapBits = LazyInitializer.EnsureInitialized(ref _leafBits).Reserve(collected.BitsCount, out mapBitsOffset);
        }

        var values = _values.Reserve(plan.Length, out var valuesOffset);
        var map = new ResultMap(plan, values, valuesOffset, mapBits, mapBitsOffset);
        // The first pending field is kept apart: most objects wait on one field at most, and need no list for it.
        var firstPending = -1;
        ValueTask<object?> first = default;
        List<(int Index, ValueTask<object?> Task)>? morePending = null;

        // This object's own path, built only once a field other than a plain leaf needs it as a parent. A list item's first
        // such field carries the item's index unbuilt instead (most items have one at most), so the item needs no path.
        FieldPath? built = null;
        var isBuilt = false;
        var firstChildOfItem = true;
        for (var i = 0; i < plan.Length; i++)
        {
            var field = plan[i];
            var kind = field.Kind;
            if (kind != PlannedFieldKind.Executed)
            {
                if (kind == PlannedFieldKind.Typename)
                {
                    map.Set(i, type.Name);
                    continue;
                }

                if (kind == PlannedFieldKind.Unknown)
                {
                    // Validation rules this out; keep the map complete rather than leave a hole.
                    map.Set(i, null);
                    continue;
                }

                // A plain leaf read; a subscription event's root fields and a null parent go through ExecuteField.
                if (!isSubscriptionEvent && source is not null)
                {
                    long bits = 0;
                    var leaf = kind == PlannedFieldKind.TypedLeaf ? ReadTypedLeaf(type, source, field, field.TypedLeaf!, path, out bits) : ReadLeaf(type, source, field, path);
                    if (ReferenceEquals(leaf, _propagate))
                    {
                        return new ValueTask<object?>(_propagate);
                    }

                    map.SetLeaf(i, leaf, field.BitsIndex, bits);
                    continue;
                }
            }

            PathRef fieldPath;
            if (path.IsItem && firstChildOfItem)
            {
                fieldPath = path.Child(field.Key);
                firstChildOfItem = false;
            }
            else
            {
                if (!isBuilt)
                {
                    built = path.Build();
                    isBuilt = true;
                }

                fieldPath = PathRef.Field(built, field.Key);
            }

            var task = ExecuteField(type, source, field, fieldPath, isSubscriptionEvent);
            if (task.IsCompletedSuccessfully)
            {
                var value = task.Result;
                if (ReferenceEquals(value, _propagate))
                {
                    return new ValueTask<object?>(_propagate);
                }

                map.Set(i, value);
            }
            else if (firstPending < 0)
            {
                firstPending = i;
                first = task;
            }
            else
            {
                (morePending ??= []).Add((i, task));
            }
        }

        return firstPending < 0 ? new ValueTask<object?>(map) : AwaitFieldsAsync(map, firstPending, first, morePending);
    }

    private static async ValueTask<object?> AwaitFieldsAsync(ResultMap map, int firstIndex, ValueTask<object?> first, List<(int Index, ValueTask<object?> Task)>? more)
    {
        var value = await first.ConfigureAwait(false);
        var propagate = ReferenceEquals(value, _propagate);
        map.Set(firstIndex, value);
        if (more is not null)
        {
            foreach (var (index, task) in more)
            {
                value = await task.ConfigureAwait(false);
                propagate |= ReferenceEquals(value, _propagate);
                map.Set(index, value);
            }
        }

        return propagate ? _propagate : map;
    }

    private async ValueTask<object?> ExecuteFieldsSeriallyAsync(ObjectType type, object? source, CollectedFields collected)
    {
        var map = new ResultMap(collected.Planned.Length);
        foreach (var field in collected.Planned)
        {
            if (field.IsTypename)
            {
                map.Add(field.Key, type.Name);
                continue;
            }

            if (field.Definition is null)
            {
                continue;
            }

            var value = await PumpAsync(ExecuteField(type, source, field, PathRef.Field(null, field.Key), false)).ConfigureAwait(false);
            if (ReferenceEquals(value, _propagate))
            {
                return _propagate;
            }

            map.Add(field.Key, value);
        }

        return map;
    }
}
