namespace Platform.Grains.AgentCommands;

/// <summary>What an <see cref="AgentCommandRecord"/> asks the microscope's agent to do.</summary>
public enum AgentCommandKind
{
    StartRun,
    SoftStop,
    ForceKill,
    SetPauseBetweenGrids,
    AnswerPause,
    EditTargets,

    /// <summary>Start, stop, restart or clear one of the session's tracks (<see cref="AgentCommandRecord.Track"/>).</summary>
    Track,
}
