using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Platform.Runtime;
using Platform.Storage;

namespace Platform.Silo.Runtime;

/// <summary>
/// Start: reminder polling and idle collection begin. Stop (graceful shutdown): no new activations,
/// every activation drains its queued requests and deactivates — so every acknowledged write is
/// already durable — then polling stops.
/// </summary>
public sealed partial class GrainRuntime : IHostedService, IAsyncDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private readonly IDisposable _notifications;
    private ITimer? _collector;
    private Task _reminderLoop = Task.CompletedTask;

    internal CancellationToken ShutdownToken => _stopping.Token;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _collector = TimeProvider.CreateTimer(_ => CollectIdleActivations(), null, Options.CollectionQuantum, Options.CollectionQuantum);
        if (Options.PollReminders)
        {
            _reminderLoop = Task.Run(() => Reminders.RunAsync(_stopping.Token), CancellationToken.None);
        }
        Log.LogInformation("Grain runtime started on node {NodeId}", Storage.NodeId);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_stopping.IsCancellationRequested)
        {
            return;
        }

        _stopping.Cancel();
        _collector?.Dispose();
        var activations = _activations.Values.ToArray();
        foreach (var activation in activations)
        {
            activation.StartDeactivation(DeactivationReason.ShuttingDown);
        }

        await Task.WhenAll(activations.Select(a => a.Deactivated)).WaitAsync(cancellationToken).ConfigureAwait(false);
        await _reminderLoop.ConfigureAwait(false);
        Log.LogInformation("Grain runtime stopped; {Count} activations deactivated", activations.Length);
    }

    /// <summary>Deactivates activations idle longer than their collection age; returns how many.</summary>
    public int CollectIdleActivations()
    {
        var collected = 0;
        foreach (var activation in _activations.Values)
        {
            if (activation.IsIdleFor(activation.Class.CollectionAge ?? Options.CollectionAge))
            {
                activation.StartDeactivation(DeactivationReason.IdleCollection);
                collected++;
            }
        }

        return collected;
    }

    /// <summary>Claims and delivers the reminders due now (the polling loop does this every <see cref="RuntimeOptions.ReminderPollInterval"/>).</summary>
    public Task<int> DeliverDueRemindersAsync(CancellationToken cancellationToken = default) => Reminders.PollOnceAsync(cancellationToken);

    private void OnStorageNotification(StorageNotification notification)
    {
        if (notification is GrainStateChanged changed && changed.OriginNodeId != Storage.NodeId
            && _activations.TryGetValue(new GrainId(changed.Key.GrainType, changed.Key.GrainKey), out var activation))
        {
            activation.MarkStale();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync(CancellationToken.None).ConfigureAwait(false);
        _notifications.Dispose();
        StreamHub.Dispose();
        _stopping.Dispose();
    }
}
