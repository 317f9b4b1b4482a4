namespace Platform.Silo.Runtime;

/// <summary>A call would wait on a non-reentrant activation that is already waiting on this call (A → B → A).</summary>
public sealed class GrainDeadlockException(string message) : Exception(message);
