using Platform.AgentLink.Contracts;
using Platform.EdgeAgent.Journal;
using Platform.EdgeAgent.Reporting;
using Platform.SerialEm.Client;
using Platform.SerialEm.Errors;

namespace Platform.EdgeAgent.Workflow;

/// <summary>
/// SmartScope's screening workflow (reference Parts 2–3) driven through the SerialEM client: per grid in autoloader order load,
/// atlas, squares, holes with BIS groups, focus, drift, exposures with defocus cycling, offsets and tilt, zero-loss refinement.
/// Everything is reported through <see cref="RunReporter"/> and the queue lives in the <see cref="RunJournal"/>, so a restarted
/// agent resumes where the journal says and never exposes a target twice. Run control comes from <see cref="RunControl"/>:
/// soft stop is honoured only when the workflow asks for its next target; force kill cancels whatever is awaited.
/// </summary>
public sealed partial class ScreeningWorkflow
{
    private readonly SerialEmClient _scope;
    private readonly RunPlan _plan;
    private readonly string _startCommandId;
    private string _runOccasion;
    private readonly RunJournal _journal;
    private readonly RunReporter _report;
    private readonly RunControl _control;
    private readonly WorkflowFolders _folders;
    private readonly TimeProvider _time;
    private readonly string _session;
    private GridPlan? _currentGrid;
    private string? _targetInFlight;
    private DateTimeOffset? _lastZeroLossRefinement;
    private double? _tiltDegrees;

    public ScreeningWorkflow(
        SerialEmClient scope, RunPlan plan, string startCommandId, RunJournal journal, RunReporter report, RunControl control, WorkflowFolders folders, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(plan);
        (_scope, _plan, _startCommandId, _journal, _report, _control, _folders, _time) = (scope, plan, startCommandId, journal, report, control, folders, time);
        _session = plan.SessionId;
        _runOccasion = startCommandId;
    }

    private AcquisitionSettings Settings => _plan.Settings;

    /// <summary>Runs the whole plan; returns the final run state after reporting it. Never throws for scope or journal faults.</summary>
    public async Task<RunState> RunAsync(CancellationToken cancellationToken)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _control.KillToken);
        var ct = linked.Token;
        try
        {
            // A StartRun re-delivered after an agent restart is a new attempt: its reports need keys of their own.
            var attempt = _journal.ClaimNextOccurrence(_session, $"run/{_startCommandId}/attempt");
            _runOccasion = attempt == 1 ? _startCommandId : $"{_startCommandId}#{attempt}";
            await _report.RunStateAsync(RunState.Running, _runOccasion, null, ct).ConfigureAwait(false);
            await LogAsync($"run/{_runOccasion}/start", $"Run {_plan.SessionName} started: {_plan.Grids.Count} grid(s) in autoloader order", ct).ConfigureAwait(false);
            await SessionSetupAsync(ct).ConfigureAwait(false);
            await SettleInterruptedTargetsAsync(ct).ConfigureAwait(false);
            foreach (var grid in _plan.Grids.OrderBy(g => g.Position))
            {
                await RunGridAsync(grid, ct).ConfigureAwait(false);
            }

            _currentGrid = null;
            await ReleaseScopeAsync(cancellationToken).ConfigureAwait(false);
            await LogAsync($"run/{_runOccasion}/completed", "Run completed: every grid done", cancellationToken).ConfigureAwait(false);
            await _report.RunStateAsync(RunState.Completed, _runOccasion, null, cancellationToken).ConfigureAwait(false);
            return RunState.Completed;
        }
        catch (SoftStopReachedException)
        {
            return await EndStoppedAsync($"stop-{_control.SoftStopCommandId}", "Soft stop: the current acquisition finished, the run stopped before the next target",
                cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (_control.KillToken.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return await EndKilledAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (SerialEmStoppedException ex)
        {
            await MarkInFlightAsync(WorkState.Error, $"STOP was pressed in SerialEM during {ex.Command}", cancellationToken).ConfigureAwait(false);
            return await EndStoppedAsync($"serialem-stop-{_runOccasion}", $"STOP was pressed in SerialEM during {ex.Command}: the run stopped",
                cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is SerialEmException or JournalException or ScopeUnreachableException)
        {
            return await EndInErrorAsync(ex, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task SessionSetupAsync(CancellationToken ct)
    {
        Directory.CreateDirectory(Path.Combine(_folders.DataFolder, SessionFolderName));
        await _scope.SetDirectoryAsync(WorkflowFolders.JoinSerialEm(_folders.SerialEmDataFolder, SessionFolderName), ct).ConfigureAwait(false);
        await _scope.ClearPersistentVarsAsync(ct).ConfigureAwait(false);
        await _scope.AllowFileOverwriteAsync(true, ct).ConfigureAwait(false);
        await _scope.EchoAsync($"Platform agent: run {_plan.SessionName} started", ct).ConfigureAwait(false);
    }

    /// <summary>
    /// Targets a previous agent process journalled as started but not acquired were cut short by a kill or crash mid-exposure: the
    /// specimen may have been exposed and frames may exist, so they are reported <see cref="WorkState.Error"/> (not skipped — someone
    /// should look) and never exposed again.
    /// </summary>
    private async Task SettleInterruptedTargetsAsync(CancellationToken ct)
    {
        foreach (var grid in _plan.Grids)
        {
            foreach (var t in _journal.Targets(_session, grid.Position).Where(t => t.State == WorkState.Started && t.Target.Level == TargetLevel.Hole))
            {
                const string message = "the agent stopped during this target's exposure; it may have been exposed, so it is not repeated";
                // Report first, then journal: a kill in between leaves it "started" here, so the next run reports it again (same
                // idempotency key, applied once); the other order lost the report when a force kill landed during this settling.
                await _report.TargetStateAsync(grid.Position, t.Target.TargetId, WorkState.Error, message, ct).ConfigureAwait(false);
                _journal.SetTargetState(_session, t.Target.TargetId, WorkState.Error);
                await LogAsync($"{t.Target.TargetId}/interrupted", $"{t.Target.TargetId}: {message}", ct).ConfigureAwait(false);
            }
        }
    }

    private string SessionFolderName => WorkflowFolders.SessionFolderName(_plan.SessionName);

    /// <summary>Soft stop is honoured here only: where the workflow asks for its next target (reference §3.2).</summary>
    private void ThrowIfSoftStopRequested()
    {
        if (_control.SoftStopRequested)
        {
            throw new SoftStopReachedException();
        }
    }

    private ValueTask LogAsync(string eventKey, string message, CancellationToken ct) => _report.LogAsync(LogPanel.Acquisition, eventKey, message, ct);

    private ValueTask QueueLogAsync(string eventKey, string message, CancellationToken ct) => _report.LogAsync(LogPanel.Queue, eventKey, message, ct);

    /// <summary>Thrown (privately) when a soft stop is seen at a target boundary.</summary>
    private sealed class SoftStopReachedException : Exception;
}
