using Platform.Grains.Sessions;

namespace Platform.Gateway.Sessions;

/// <summary>A track as GraphQL shows it: its status and the session it belongs to (for its logs).</summary>
public sealed record SessionTrack(string SessionId, TrackStatus Status);
