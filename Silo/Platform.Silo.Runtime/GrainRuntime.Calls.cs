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

    /// <summary>
    /// Queues the call on the target's activation. When the call ran inline and finished (an activation that was idle and a
    /// method that completed synchronously), its own completed task is returned as is; anything else goes the awaited path,
    /// which also retries on a fresh activation after <see cref="InconsistentStateException"/>.
    /// </summary>
    internal Task<T> InvokeAsync<T>(GrainId target, GrainMethod method, object?[] arguments, Func<object, object?[], Task<T>> invoke)
    {
        var activation = GetOrCreateActivation(target);
        if (method.IsCachedRead && activation.TryGetCachedRead<T>(method, out var cached))
        {
            return cached;
        }

        var chain = CallChain.Current;
        if (!activation.Class.IsReentrant && !method.IsAlwaysInterleave && chain.Contains(target))
        {
            return InvokeAwaitedAsync(target, method, arguments, invoke, chain, started: null);
        }

        var item = NewCall(method, arguments, invoke, chain);
        if (!activation.TryEnqueue(item))
        {
            return InvokeAwaitedAsync(target, method, arguments, invoke, chain, started: (activation, null));
        }

        if (!item.Completion.IsCompletedSuccessfully)
        {
            return InvokeAwaitedAsync(target, method, arguments, invoke, chain, started: (activation, item));
        }

        if (method.IsCachedRead)
        {
            activation.RememberRead(method, item, item.Completion);
        }

        return item.Completion;
    }

    /// <summary>The general path: <paramref name="started"/> is the first attempt's activation and call if one was made (a null call: it was refused).</summary>
    private async Task<T> InvokeAwaitedAsync<T>(
        GrainId target, GrainMethod method, object?[] arguments, Func<object, object?[], Task<T>> invoke, CallChain chain, (Activation Activation, CallWorkItem<T>? Item)? started)
    {
        for (var attempt = 0; ; attempt++)
        {
            Activation activation;
            CallWorkItem<T> item;
            if (attempt == 0 && started is { Item: { } first } firstAttempt)
            {
                (activation, item) = (firstAttempt.Activation, first);
            }
            else if (attempt == 0 && started is { Item: null } refused)
            {
                await refused.Activation.Deactivated.ConfigureAwait(false);
                continue;
            }
            else
            {
                activation = GetOrCreateActivation(target);
                if (!activation.Class.IsReentrant && !method.IsAlwaysInterleave && chain.Contains(target))
                {
                    throw new GrainDeadlockException($"{method.Name} on {target} would wait for itself: call chain {chain} -> {target}. Mark the method [AlwaysInterleave] or the grain [Reentrant], or restructure the calls.");
                }

                item = NewCall(method, arguments, invoke, chain);
                if (!activation.TryEnqueue(item))
                {
                    await activation.Deactivated.ConfigureAwait(false);
                    continue;
                }
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

    private static CallWorkItem<T> NewCall<T>(GrainMethod method, object?[] arguments, Func<object, object?[], Task<T>> invoke, CallChain chain) =>
        new(invoke, arguments, chain)
        {
            IsReadOnly = method.IsReadOnly,
            IsAlwaysInterleave = method.IsAlwaysInterleave,
        };

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
