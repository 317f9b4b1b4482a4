using Microsoft.Extensions.Logging;
using Platform.Runtime;

namespace Platform.Silo.Runtime.Activations;

/// <summary>
/// Activation: construct the grain, load every persistent state, then OnActivateAsync — all before any
/// request runs. Deactivation: stop admitting, let queued requests finish, OnDeactivateAsync (best effort),
/// dispose timers, leave the catalog. A failed activation fails the requests that were waiting for it.
/// </summary>
internal sealed partial class Activation
{
    private readonly TaskCompletionSource _deactivated = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private ActivationStatus _status = ActivationStatus.Activating;
    private bool _staleWhileActivating;

    /// <summary>Completes when this activation has left the catalog.</summary>
    public Task Deactivated => _deactivated.Task;

    /// <summary>Stops admitting requests and deactivates once those already queued have run. Idempotent.</summary>
    public void StartDeactivation(DeactivationReason reason)
    {
        lock (_lock)
        {
            if (_status is not ActivationStatus.Valid)
            {
                return;
            }

            _status = ActivationStatus.Deactivating;
        }

        TryEnqueue(new DeactivateWorkItem(reason), admitWhileDeactivating: true);
    }

    /// <summary>
    /// Another node changed this grain's state: drop this activation so the next call re-reads it.
    /// If it is still activating it may have read either version, so it deactivates right after.
    /// </summary>
    public void MarkStale()
    {
        lock (_lock)
        {
            if (_status is ActivationStatus.Activating)
            {
                _staleWhileActivating = true;
                return;
            }
        }

        StartDeactivation(DeactivationReason.StateChangedElsewhere);
    }

    private async Task ActivateAsync()
    {
        try
        {
            var (grain, states) = Class.Construct(_runtime.Services, _runtime.StateFactory, Id);
            grain.Context = this;
            _grain = grain;
            _states = states;
            foreach (var state in states)
            {
                await state.LoadAsync();
            }

            await grain.OnActivateAsync(_runtime.ShutdownToken);
            bool stale;
            lock (_lock)
            {
                _status = ActivationStatus.Valid;
                stale = _staleWhileActivating;
            }

            _runtime.Log.LogDebug("{GrainId} activated", Id);
            if (stale)
            {
                StartDeactivation(DeactivationReason.StateChangedElsewhere);
            }
        }
        catch (Exception ex)
        {
            _runtime.Log.LogWarning(ex, "{GrainId} failed to activate", Id);
            WorkItem[] abandoned;
            lock (_lock)
            {
                _status = ActivationStatus.Invalid;
                abandoned = [.. _waiting];
                _waiting.Clear();
            }

            foreach (var item in abandoned)
            {
                item.Abandon(ex);
            }

            _runtime.Remove(this);
            _deactivated.TrySetResult();
            throw;
        }
    }

    private async Task DeactivateAsync(DeactivationReason reason)
    {
        try
        {
            DisposeTimers();
            await Grain.OnDeactivateAsync(reason, CancellationToken.None);
        }
        catch (Exception ex)
        {
            _runtime.Log.LogWarning(ex, "{GrainId} OnDeactivateAsync failed ({Reason})", Id, reason);
        }
        finally
        {
            lock (_lock)
            {
                _status = ActivationStatus.Invalid;
            }

            _runtime.Remove(this);
            _deactivated.TrySetResult();
            _runtime.Log.LogDebug("{GrainId} deactivated ({Reason})", Id, reason);
        }
    }

    private sealed class ActivateWorkItem : WorkItem
    {
        public ActivateWorkItem()
        {
            IsExclusive = true;
        }

        public override Task Start(Activation activation, bool mayRunInline) =>
            Task.Factory.StartNew(activation.ActivateAsync, CancellationToken.None, TaskCreationOptions.DenyChildAttach, activation.Scheduler).Unwrap();

        public override void Abandon(Exception reason)
        {
        }
    }

    private sealed class DeactivateWorkItem : WorkItem
    {
        private readonly DeactivationReason _reason;

        public DeactivateWorkItem(DeactivationReason reason)
        {
            _reason = reason;
            IsExclusive = true;
            KeepsAlive = false;
        }

        public override Task Start(Activation activation, bool mayRunInline) =>
            Task.Factory.StartNew(() => activation.DeactivateAsync(_reason), CancellationToken.None, TaskCreationOptions.DenyChildAttach, activation.Scheduler).Unwrap();

        public override void Abandon(Exception reason)
        {
        }
    }
}
