namespace Platform.AgentLink.Contracts;

/// <summary>The platform's one status vocabulary (DESIGN.md §6): queued → started → acquired → processed → completed, plus skipped, paused, error.</summary>
public enum WorkState
{
    Queued,
    Started,
    Acquired,
    Processed,
    Completed,
    Skipped,
    Paused,
    Error,
}
