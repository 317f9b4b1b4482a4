namespace Platform.AgentLink.Connection;

/// <summary>The platform could not be reached or failed (connection refused, timeout, 5xx): try again later.</summary>
public sealed class PlatformUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
