namespace Platform.AgentLink.Contracts;

/// <summary>The kinds of notification the agent raises.</summary>
public enum NotificationKind
{
    StopSignalReceived,
    PausePrompt,
    Error,
    Info,
}
