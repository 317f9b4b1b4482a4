using Platform.AgentLink.Contracts;

namespace Platform.EdgeAgent.Workflow;

/// <summary>
/// The run-control flags the command pump sets and the workflow reads: soft stop (honoured when the workflow asks for its next
/// target), pause between grids with its pending prompt, and force kill (cancels whatever the workflow awaits). Thread safe.
/// </summary>
public sealed class RunControl
{
    private readonly Lock _lock = new();
    // Never disposed: a late ForceKill from the command pump must not hit a disposed source (it holds no timer).
    private readonly CancellationTokenSource _kill = new();
    private readonly TaskCompletionSource _stopSignal = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource<PauseChoice>? _pauseAnswer;
    private volatile bool _pauseBetweenGrids;

    public RunControl(bool pauseBetweenGrids)
    {
        _pauseBetweenGrids = pauseBetweenGrids;
    }

    /// <summary>The soft-stop command that was received, if any.</summary>
    public string? SoftStopCommandId { get; private set; }

    public bool SoftStopRequested => SoftStopCommandId is not null;

    public string? ForceKillCommandId { get; private set; }

    /// <summary>True once a soft stop or force kill was requested: the run is ending and will not take new targets.</summary>
    public bool IsEnding => SoftStopRequested || ForceKillCommandId is not null;

    /// <summary>Cancelled by <see cref="ForceKill"/>: every scope call of the workflow takes it.</summary>
    public CancellationToken KillToken => _kill.Token;

    public bool PauseBetweenGrids
    {
        get => _pauseBetweenGrids;
        set => _pauseBetweenGrids = value;
    }

    /// <summary>True while the workflow waits for the user's answer at a grid boundary.</summary>
    public bool IsWaitingForPauseAnswer
    {
        get
        {
            lock (_lock)
            {
                return _pauseAnswer is not null;
            }
        }
    }

    /// <summary>Records a soft stop; false when one was already requested.</summary>
    public bool RequestSoftStop(string commandId)
    {
        lock (_lock)
        {
            if (SoftStopCommandId is not null)
            {
                return false;
            }

            SoftStopCommandId = commandId;
        }

        _stopSignal.TrySetResult();
        return true;
    }

    public void ForceKill(string commandId)
    {
        lock (_lock)
        {
            ForceKillCommandId ??= commandId;
        }

        _kill.Cancel();
    }

    /// <summary>Delivers the answer to a pending pause prompt; false when no prompt is pending.</summary>
    public bool AnswerPause(PauseChoice choice)
    {
        lock (_lock)
        {
            return _pauseAnswer?.TrySetResult(choice) ?? false;
        }
    }

    /// <summary>Waits for the pause answer; null when a soft stop arrives first. Force kill cancels the wait.</summary>
    public async Task<PauseChoice?> WaitForPauseAnswerAsync(CancellationToken cancellationToken)
    {
        TaskCompletionSource<PauseChoice> answer;
        lock (_lock)
        {
            _pauseAnswer = answer = new TaskCompletionSource<PauseChoice>(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        try
        {
            var first = await Task.WhenAny(answer.Task, _stopSignal.Task).WaitAsync(cancellationToken).ConfigureAwait(false);
            return first == answer.Task ? await answer.Task.ConfigureAwait(false) : null;
        }
        finally
        {
            lock (_lock)
            {
                _pauseAnswer = null;
            }
        }
    }
}
