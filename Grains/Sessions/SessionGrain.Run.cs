using Platform.Grains.AgentCommands;
using Platform.Grains.Errors;
using Platform.Grains.Microscopes;

namespace Platform.Grains.Sessions;

/// <summary>
/// Run control (SmartScope's run page) over <see cref="SessionRunTransitions"/>. The microscope's run
/// lock is taken before the state moves to starting, and released when the run leaves the active states,
/// so a lock is never held by a session that is not running (except within a lease, after a crash).
/// </summary>
public sealed partial class SessionGrain
{
    public async Task<SessionView> StartAsync(string requestedByUserId)
    {
        View();
        if (!SessionRunTransitions.CanStart(S.RunState))
        {
            throw new InvalidStateException("start", S.RunState.ToString(), "the run is already active or has completed");
        }

        if (S.DataDeletedAtUtc is not null || S.EndedAtUtc is not null)
        {
            throw new InvalidStateException("start", "the session has ended", "create a new session (copy this one's settings)");
        }

        if (S.Grids.Count == 0)
        {
            throw new InvalidInputException([new("grids", "add at least one autoloader grid before starting")]);
        }

        var plan = await BuildRunPlanAsync();
        await TakeRunLockAsync(requestedByUserId);
        QueueCommand(AgentCommandKind.StartRun, plan);
        StartIdleTracks(requestedByUserId);
        return await MoveToAsync(SessionRunState.Starting, $"Start requested by {requestedByUserId}");
    }

    public async Task<SessionView> StopAsync(string requestedByUserId)
    {
        View();
        if (!SessionRunTransitions.CanStop(S.RunState))
        {
            throw new InvalidStateException("stop", S.RunState.ToString(), "the run is not active");
        }

        S.RunState = SessionRunState.Stopping;
        S.RunMessage = $"Stop requested by {requestedByUserId}";
        QueueCommand(AgentCommandKind.SoftStop);
        await SaveAsync(
            Event(SessionEventKind.RunStateChanged, S.RunMessage),
            Event(SessionEventKind.Notification, "Stop signal received: the run will end after the current acquisition."));
        return View();
    }

    public async Task<SessionView> SetPauseBetweenGridsAsync(bool enabled)
    {
        View();
        S.PauseBetweenGrids = enabled;
        if (SessionRunTransitions.IsActive(S.RunState))
        {
            QueueCommand(AgentCommandKind.SetPauseBetweenGrids, pauseBetweenGrids: enabled);
        }

        await SaveAsync(Event(SessionEventKind.SetupChanged, enabled ? "Pause between grids on" : "Pause between grids off"));
        return View();
    }

    public async Task<SessionView> AnswerPausePromptAsync(PauseAnswer answer)
    {
        View();
        if (S.RunState is not SessionRunState.Paused)
        {
            throw new InvalidStateException("answer the pause prompt", S.RunState.ToString(), "the run is not paused between grids");
        }

        S.RunState = SessionRunState.Running;
        S.RunMessage = answer == PauseAnswer.NextGrid ? "Continuing with the next grid" : "Continuing the current grid";
        QueueCommand(AgentCommandKind.AnswerPause, answer: answer);
        await SaveAsync(Event(SessionEventKind.RunStateChanged, S.RunMessage, detail: answer.ToString()));
        return View();
    }

    public async Task<SessionView> ForceStartAsync(string staffUserId)
    {
        View();
        if (!SessionRunTransitions.CanForceStart(S.RunState))
        {
            throw new InvalidStateException("force start", S.RunState.ToString(), "a completed session cannot run again");
        }

        var plan = await BuildRunPlanAsync();
        await TakeRunLockAsync(staffUserId);
        QueueCommand(AgentCommandKind.StartRun, plan);
        StartIdleTracks(staffUserId);
        return await MoveToAsync(SessionRunState.Starting, $"Force start by staff {staffUserId}");
    }

    public async Task<SessionView> ForceKillAsync(string staffUserId)
    {
        View();
        if (!SessionRunTransitions.IsActive(S.RunState))
        {
            throw new InvalidStateException("force kill", S.RunState.ToString(), "the run is not active");
        }

        QueueCommand(AgentCommandKind.ForceKill);
        var view = await MoveToAsync(SessionRunState.Stopped, $"Force-killed by staff {staffUserId}");
        await GrainFactory.GetGrain<IMicroscopeGrain>(S.MicroscopeId).ReleaseRunLockAsync(GrainKey);
        return view;
    }

    public async Task<SessionView> ScopeLockRemovedAsync(string staffUserId)
    {
        View();
        var notice = Event(SessionEventKind.Notification, $"Scope lock removed by staff {staffUserId}", detail: "ScopeLockRemoved");
        if (!SessionRunTransitions.IsActive(S.RunState))
        {
            await PublishAsync(notice);
            return View();
        }

        // The lock is already gone, so the run must not go on: the agent aborts it as for a force kill.
        QueueCommand(AgentCommandKind.ForceKill);
        S.RunState = SessionRunState.Stopped;
        S.RunMessage = $"Stopped: scope lock removed by staff {staffUserId}";
        await SaveAsync(Event(SessionEventKind.RunStateChanged, S.RunMessage), notice);
        return View();
    }

    public async Task<SessionView> ReportRunStateAsync(SessionRunState reported, string? message)
    {
        View();
        if (!SessionRunTransitions.CanReport(S.RunState, reported))
        {
            throw new InvalidStateException($"report {reported}", S.RunState.ToString(), "that transition is not part of the run state machine");
        }

        if (reported is SessionRunState.Completed)
        {
            ApplyEnd(await RetentionDaysAsync());
        }

        var view = await MoveToAsync(reported, message ?? reported.ToString());
        if (!SessionRunTransitions.IsActive(reported))
        {
            await GrainFactory.GetGrain<IMicroscopeGrain>(S.MicroscopeId).ReleaseRunLockAsync(GrainKey);
        }

        if (reported is SessionRunState.Completed)
        {
            await RegisterRetentionRemindersAsync();
        }

        return view;
    }

    private async Task TakeRunLockAsync(string userId)
    {
        try
        {
            await GrainFactory.GetGrain<IMicroscopeGrain>(S.MicroscopeId).AcquireRunLockAsync(GrainKey, userId, RunLockLease);
        }
        catch (ScopeLockedException locked)
        {
            await PublishAsync(Event(SessionEventKind.Notification, $"Microscope is locked by session {locked.HolderSessionId}", detail: locked.HolderSessionId));
            throw;
        }
    }

    private async Task<SessionView> MoveToAsync(SessionRunState next, string message)
    {
        if (next is SessionRunState.Starting)
        {
            S.StartedAtUtc = TimeProvider.GetUtcNow();
        }

        S.RunState = next;
        S.RunMessage = message;
        var events = new List<SessionEvent> { Event(SessionEventKind.RunStateChanged, message) };
        if (next is SessionRunState.Paused)
        {
            events.Add(Event(SessionEventKind.PausePrompt, "Grid finished: continue the current grid or go to the next grid?"));
        }

        await SaveAsync([.. events]);
        return View();
    }
}
