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

    internal async Task<T> InvokeAsync<T>(GrainId target, GrainMethod method, object?[] arguments, Func<object, object?[], Task<T>> invoke)
    {
        var chain = CallChain.Current;
        for (var attempt = 0; ; attempt++)
        {
            var activation = GetOrCreateActivation(target);
            if (!activation.Class.IsReentrant && !method.IsAlwaysInterleave && chain.Contains(target))
            {
                throw new GrainDeadlockException($"{method.Name} on {target} would wait for itself: call chain {chain} -> {target}. Mark the method [AlwaysInterleave] or the grain [Reentrant], or restructure the calls.");
            }

            var item = new CallWorkItem<T>(invoke, arguments, chain)
            {
                IsReadOnly = method.IsReadOnly,
                IsAlwaysInterleave = method.IsAlwaysInterleave,
            };
            if (!activation.TryEnqueue(item))
            {
                await activation.Deactivated.ConfigureAwait(false);
                continue;
            }

            try
            {
                return await item.Completion.ConfigureAwait(false);
            }
            catch (InconsistentStateException)
            {
                // The activation's state is stale: drop it whether or not the call is retried (Orleans does the same).
                activation.StartDeactivation(DeactivationReason.InconsistentState);
                await activation.Deactivated.ConfigureAwait(false);
                if (attempt >= Options.MaxConflictRetries)
                {
                    throw;
                }
            }
        }
    }

    internal Task DeliverReminderAsync(GrainId target, string reminderName, TickStatus status)
    {
        var method = _registry.MethodsFor(typeof(IRemindable)).Values.Single();
        return (Task)method.Dispatch(this, target, [reminderName, status]);
    }

    private Activation GetOrCreateActivation(GrainId id)
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
