namespace Platform.Runtime;

/// <summary>Why an activation is being deactivated.</summary>
public enum DeactivationReason
{
    IdleCollection,
    RequestedByGrain,
    StateChangedElsewhere,
    InconsistentState,
    ShuttingDown,
}
