namespace Platform.EdgeAgent.Processing;

/// <summary>Thrown when the <c>process</c> command line is wrong (unknown or missing option, bad number, missing input); the message says which.</summary>
public sealed class ProcessUsageException(string message) : Exception(message);
