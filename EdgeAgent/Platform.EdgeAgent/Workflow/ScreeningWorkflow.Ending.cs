using Platform.AgentLink.Contracts;
using Platform.SerialEm.Errors;

namespace Platform.EdgeAgent.Workflow;

/// <summary>How a run ends: completed, soft-stopped, force-killed or in error, always leaving the scope safe and no state open.</summary>
public sealed partial class ScreeningWorkflow
{
    /// <summary>Time allowed for the closing commands (valves, Exit) after a stop, kill or error.</summary>
    private static readonly TimeSpan _closingTimeLimit = TimeSpan.FromSeconds(30);

    private async Task<RunState> EndStoppedAsync(string occasion, string message, CancellationToken ct)
    {
        await PauseCurrentGridAsync(occasion, ct).ConfigureAwait(false);
        await ReleaseScopeAsync(ct).ConfigureAwait(false);
        await LogAsync($"run/{occasion}", message, ct).ConfigureAwait(false);
        await _report.RunStateAsync(RunState.Stopped, occasion, message, ct).ConfigureAwait(false);
        return RunState.Stopped;
    }

    private async Task<RunState> EndKilledAsync(CancellationToken ct)
    {
        var occasion = $"kill-{_control.ForceKillCommandId}";
        await MarkInFlightAsync(WorkState.Error, "force kill: the acquisition was aborted; it is not repeated", ct).ConfigureAwait(false);
        await PauseCurrentGridAsync(occasion, ct).ConfigureAwait(false);
        await ReleaseScopeAsync(ct).ConfigureAwait(false);
        const string message = "Force kill: the run was aborted at once; column valves closed, external control ended";
        await LogAsync($"run/{occasion}", message, ct).ConfigureAwait(false);
        await _report.RunStateAsync(RunState.Stopped, occasion, message, ct).ConfigureAwait(false);
        return RunState.Stopped;
    }

    private async Task<RunState> EndInErrorAsync(Exception ex, CancellationToken ct)
    {
        var occasion = $"error-{_runOccasion}";
        var message = $"Run stopped on an error ({ex.GetType().Name}): {ex.Message}";
        await MarkInFlightAsync(WorkState.Error, message, ct).ConfigureAwait(false);
        await PauseCurrentGridAsync(occasion, ct).ConfigureAwait(false);
        await ReleaseScopeAsync(ct).ConfigureAwait(false);
        await LogAsync($"run/{occasion}", message, ct).ConfigureAwait(false);
        await _report.NotifyAsync(NotificationKind.Error, occasion, message, ct).ConfigureAwait(false);
        await _report.RunStateAsync(RunState.Error, occasion, message, ct).ConfigureAwait(false);
        return RunState.Error;
    }

    /// <summary>The target being exposed when the run ended: never left "started" (and never re-exposed).</summary>
    private async Task MarkInFlightAsync(WorkState state, string message, CancellationToken ct)
    {
        if (_targetInFlight is { } target && _currentGrid is { } grid)
        {
            _journal.SetTargetState(_session, target, state);
            await _report.TargetStateAsync(grid.Position, target, state, message, ct).ConfigureAwait(false);
            _targetInFlight = null;
        }
    }

    /// <summary>A grid interrupted by a stop is reported paused: its queued targets stay queued for the next start.</summary>
    private async Task PauseCurrentGridAsync(string occasion, CancellationToken ct)
    {
        if (_currentGrid is { } grid)
        {
            _journal.SetGridState(_session, grid.Position, WorkState.Paused);
            await _report.GridStateAsync(grid.Position, WorkState.Paused, occasion, ct).ConfigureAwait(false);
        }
    }

    /// <summary>SmartScope's disconnect: close the column valves, then end external control with Exit(1). Failures are logged, not thrown.</summary>
    private async Task ReleaseScopeAsync(CancellationToken ct)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(_closingTimeLimit);
        try
        {
            await _scope.SetColumnOrGunValveAsync(false, limit.Token).ConfigureAwait(false);
            await _scope.DisconnectAsync(limit.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is SerialEmException or OperationCanceledException && !ct.IsCancellationRequested)
        {
            var message = $"Could not leave the microscope safe (close valves, end external control): {ex.Message}. Check the column valves at the scope.";
            await LogAsync($"run/{_runOccasion}/release-failed", message, ct).ConfigureAwait(false);
            await _report.NotifyAsync(NotificationKind.Error, $"release-failed-{_runOccasion}", message, ct).ConfigureAwait(false);
        }
    }
}
