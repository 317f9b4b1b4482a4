using Platform.Runtime;
using Platform.Silo.Runtime.Activations;

namespace Platform.Silo.Runtime.Timers;

/// <summary>
/// A grain timer: each tick is a work item in the activation's mailbox, so it obeys the same turn rules
/// as calls; the next tick is armed only after the callback finishes, so ticks never overlap.
/// </summary>
internal sealed class GrainTimer : IGrainTimer
{
    private readonly Activation _activation;
    private readonly Func<CancellationToken, Task> _callback;
    private readonly GrainTimerOptions _options;
    private readonly ITimer _timer;
    private readonly CancellationTokenSource _disposed = new();

    public GrainTimer(Activation activation, Func<CancellationToken, Task> callback, GrainTimerOptions options, TimeProvider time)
    {
        _activation = activation;
        _callback = callback;
        _options = options;
        _timer = time.CreateTimer(static state => ((GrainTimer)state!).OnTick(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    public void Start() => _timer.Change(_options.DueTime, Timeout.InfiniteTimeSpan);

    private void OnTick()
    {
        if (_disposed.IsCancellationRequested)
        {
            return;
        }

        var tick = new TickWorkItem(this)
        {
            IsAlwaysInterleave = _options.Interleave,
            KeepsAlive = _options.KeepAlive,
        };
        if (!_activation.TryEnqueue(tick))
        {
            Dispose();
        }
    }

    private void Rearm()
    {
        if (!_disposed.IsCancellationRequested && _options.Period != Timeout.InfiniteTimeSpan)
        {
            try
            {
                _timer.Change(_options.Period, Timeout.InfiniteTimeSpan);
            }
            catch (ObjectDisposedException)
            {
                // Disposed between the check and the change: nothing to re-arm.
            }
        }
    }

    public void Dispose()
    {
        if (_disposed.IsCancellationRequested)
        {
            return;
        }

        _disposed.Cancel();
        _timer.Dispose();
        _activation.RemoveTimer(this);
    }

    private sealed class TickWorkItem(GrainTimer timer) : WorkItem
    {
        public override Task Start(Activation activation, bool mayRunInline)
        {
            var task = Task.Factory.StartNew(() => timer._callback(timer._disposed.Token), CancellationToken.None, TaskCreationOptions.DenyChildAttach, activation.Scheduler).Unwrap();

            // A failing tick is the grain's bug, not the timer's end: log and keep ticking (Orleans semantics).
            return task.ContinueWith(
                t =>
                {
                    if (t.IsFaulted)
                    {
                        activation.LogTimerFailure(t.Exception!.GetBaseException());
                    }

                    timer.Rearm();
                },
                CancellationToken.None,
                TaskContinuationOptions.ExecuteSynchronously,
                TaskScheduler.Default);
        }

        public override void Abandon(Exception reason) => timer.Dispose();
    }
}
