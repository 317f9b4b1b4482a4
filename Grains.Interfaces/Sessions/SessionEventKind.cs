namespace Platform.Grains.Sessions;

/// <summary>What a <see cref="SessionEvent"/> reports.</summary>
public enum SessionEventKind
{
    Created,
    SetupChanged,
    GridsChanged,
    RunStateChanged,
    TrackChanged,
    Log,
    Notification,
    PausePrompt,
    RetentionWarning,
    DataDeleted,
    Deleted,
}
