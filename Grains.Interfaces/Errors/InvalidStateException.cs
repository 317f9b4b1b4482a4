namespace Platform.Grains.Errors;

/// <summary>The action is not allowed in the object's current state (e.g. starting a session that is running).</summary>
public sealed class InvalidStateException(string action, string currentState, string reason)
    : DomainException("INVALID_STATE", $"Cannot {action} while {currentState}: {reason}")
{
    public string Action { get; } = action;

    public string CurrentState { get; } = currentState;
}
