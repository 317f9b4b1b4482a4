using System.Collections.Concurrent;
using Platform.Runtime;
using Platform.Silo.Runtime.Activations;
using Platform.Silo.Runtime.Calls;

namespace Platform.Silo.Runtime;

/// <summary>
/// Routing a call: find or create the grain's activation, queue the request in its mailbox, await it.
/// An <see cref="InconsistentStateException"/> means the activation's state was stale (another node
/// wrote first): the activation is dropped and the call retried on a fresh one that re-reads state,
/// so the loser of a race re-decides on current data. Grain methods must therefore make their state
/// write the first externally visible effect (write, then publish/call out).
/// </summary>
public sealed partial class GrainRuntime
{
    private readonly ConcurrentDictionary<GrainId, Activation> _activations = new();

    internal Task<T> InvokeAsync<T>(GrainId target, GrainMethod method, object?[] arguments, Func<object, object?[], Task<T>> invoke)
    {
        var item = new CallWorkItem<T>(this, target, method.Name, invoke, arguments, CallChain.Current)
        {
            IsReadOnly = method.IsReadOnly,
            IsAlwaysInterleave = method.IsAlwaysInterleave,
        };
        item.Dispatch();
        return item.Completion;
    }

    internal Task DeliverReminderAsync(GrainId target, string reminderName, TickStatus status)
    {
        var method = _registry.MethodsFor(typeof(IRemindable)).Values.Single();
        return (Task)method.Dispatch(this, target, [reminderName, status]);
    }

    internal Activation GetOrCreateActivation(GrainId id)
    {
        while (true)
        {
            if (_activations.TryGetValue(id, out var existing))
            {
                return existing;
            }

            ObjectDisposedException.ThrowIf(_stopping.IsCancellationRequested, this);
            var created = new Activation(this, _registry.ForTypeName(id.Type), id);
            if (_activations.TryAdd(id, created))
            {
                created.Start();
                return created;
            }
        }
    }

    internal void Remove(Activation activation) =>
        _activations.TryRemove(new KeyValuePair<GrainId, Activation>(activation.Id, activation));
}
