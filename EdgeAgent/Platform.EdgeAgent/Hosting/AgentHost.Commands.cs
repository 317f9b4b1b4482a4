using Platform.AgentLink.Contracts;
using Platform.EdgeAgent.Reporting;
using Platform.EdgeAgent.Workflow;
using Platform.SerialEm.Client;

namespace Platform.EdgeAgent.Hosting;

/// <summary>What each platform command does to the run.</summary>
public sealed partial class AgentHost
{
    /// <summary>
    /// Starts a run. Guarantee: a start that arrives while the previous run is ending (force-killed or soft-stopped) waits
    /// for that run to close before starting, so the platform's "kill/stop then start at once" never meets "busy", the old
    /// run's closing reports reach the outbox before the new run's first one, and the scope is released (Exit) before the
    /// new run connects. The wait is bounded by <see cref="_endingRunWait"/>; a run that is not ending makes the start busy.
    /// </summary>
    private async Task StartAsync(StartRunCommand start, CancellationToken ct)
    {
        var reporter = Reporter(start.SessionId);
        if (_run is { Task.IsCompleted: false } ending && ending.Control.IsEnding)
        {
            await WaitForEndingRunAsync(ending, ct).ConfigureAwait(false);
        }

        if (_run is { Task.IsCompleted: false } active)
        {
            await reporter.LogAsync(LogPanel.Acquisition, $"command/{start.CommandId}/busy",
                $"Start ignored: session {active.SessionId} is already running on this microscope", ct).ConfigureAwait(false);
            return;
        }

        _journal.RecordRunStarted(start);
        var control = new RunControl(start.Plan.PauseBetweenGrids);
        var task = RunWorkflowAsync(start, control, reporter, ct);
        _run = new ActiveRun(start.SessionId, control, task);
    }

    private async Task WaitForEndingRunAsync(ActiveRun ending, CancellationToken ct)
    {
        try
        {
            await ending.Task.WaitAsync(_endingRunWait, _time, ct).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // still closing after the bound: the caller answers busy
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            // the old run's own failure was reported by that run; only its end matters here
        }
    }

    /// <summary>Runs the workflow; once it ends (any final state) the journal forgets the run, so only an interrupted run is resumed.</summary>
    private async Task<RunState> RunWorkflowAsync(StartRunCommand start, RunControl control, RunReporter reporter, CancellationToken ct)
    {
        await Task.Yield(); // let the command pump go on while the run works
        var scope = new SerialEmClient(_scopeOptions, _time);
        await using (scope.ConfigureAwait(false))
        {
            var workflow = new ScreeningWorkflow(scope, start.Plan, start.CommandId, _journal, reporter, control, Folders(), _time);
            var final = await workflow.RunAsync(ct).ConfigureAwait(false);
            _journal.RecordRunEnded(start.SessionId);
            return final;
        }
    }

    private async Task SoftStopAsync(SoftStopCommand stop, CancellationToken ct)
    {
        var reporter = Reporter(stop.SessionId);
        if (ActiveFor(stop.SessionId) is not { } run)
        {
            await reporter.LogAsync(LogPanel.Acquisition, $"command/{stop.CommandId}/idle", "Stop received while no run is going on: nothing to stop", ct).ConfigureAwait(false);
            return;
        }

        if (run.Control.RequestSoftStop(stop.CommandId))
        {
            await reporter.NotifyAsync(NotificationKind.StopSignalReceived, stop.CommandId,
                "Stop signal was received, the session will stop after the current acquisition", ct).ConfigureAwait(false);
            await reporter.LogAsync(LogPanel.Acquisition, $"command/{stop.CommandId}", "Stop signal received: stopping after the current acquisition", ct)
                .ConfigureAwait(false);
        }
    }

    private async Task ForceKillAsync(ForceKillCommand kill, CancellationToken ct)
    {
        if (ActiveFor(kill.SessionId) is not { } run)
        {
            await Reporter(kill.SessionId).LogAsync(LogPanel.Acquisition, $"command/{kill.CommandId}/idle", "Force kill received while no run is going on", ct)
                .ConfigureAwait(false);
            return;
        }

        run.Control.ForceKill(kill.CommandId);
    }

    private async Task SetPauseAsync(SetPauseBetweenGridsCommand pause, CancellationToken ct)
    {
        if (ActiveFor(pause.SessionId) is { } run)
        {
            run.Control.PauseBetweenGrids = pause.Enabled;
        }

        await Reporter(pause.SessionId).LogAsync(LogPanel.Acquisition, $"command/{pause.CommandId}",
            $"Pause between grids turned {(pause.Enabled ? "on" : "off")}{(ActiveFor(pause.SessionId) is null ? " (no run going on: applies from the plan of the next start)" : "")}",
            ct).ConfigureAwait(false);
    }

    private async Task AnswerPauseAsync(AnswerPauseCommand answer, CancellationToken ct)
    {
        if (ActiveFor(answer.SessionId)?.Control.AnswerPause(answer.Choice) != true)
        {
            await Reporter(answer.SessionId).LogAsync(LogPanel.Acquisition, $"command/{answer.CommandId}/no-prompt",
                $"Pause answer {answer.Choice} received but no pause prompt is pending; ignored", ct).ConfigureAwait(false);
        }
    }

    /// <summary>Added targets are queued; removed ones are dropped (reported skipped) unless already started.</summary>
    private async Task EditTargetsAsync(EditTargetsCommand edit, CancellationToken ct)
    {
        var reporter = Reporter(edit.SessionId);
        foreach (var target in edit.Added)
        {
            if (_journal.AddTarget(edit.SessionId, edit.GridPosition, target with { Selected = true }))
            {
                await reporter.TargetStateAsync(edit.GridPosition, target.TargetId, WorkState.Queued, "added by a user", ct).ConfigureAwait(false);
                await reporter.LogAsync(LogPanel.Queue, $"command/{edit.CommandId}/add/{target.TargetId}", $"{target.TargetId} added to the queue", ct).ConfigureAwait(false);
            }
        }

        foreach (var id in edit.RemovedTargetIds)
        {
            var removed = _journal.TransitionTarget(edit.SessionId, id, WorkState.Queued, WorkState.Skipped);
            var message = removed ? $"{id} removed from the queue" : $"{id} not removed: it is not queued (already started, done or unknown)";
            if (removed)
            {
                await reporter.TargetStateAsync(edit.GridPosition, id, WorkState.Skipped, "removed by a user", ct).ConfigureAwait(false);
            }

            await reporter.LogAsync(LogPanel.Queue, $"command/{edit.CommandId}/remove/{id}", message, ct).ConfigureAwait(false);
        }
    }

    private ActiveRun? ActiveFor(string sessionId) => _run is { Task.IsCompleted: false } run && run.SessionId == sessionId ? run : null;
}
