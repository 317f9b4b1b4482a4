namespace Platform.Gateway.Sessions;

/// <summary>The global id of a session that a mutation deleted.</summary>
public sealed record DeletedSession(string GlobalId);
