namespace Platform.Runtime;

/// <summary>A timer bound to one activation; it dies with the activation. Dispose it to stop ticking.</summary>
public interface IGrainTimer : IDisposable;
