using Platform.AgentLink.Contracts;

namespace Platform.EdgeAgent.Tracks;

/// <summary>A track the platform last asked to run, as the agent persists it so that a restarted agent resumes it.</summary>
public sealed record RunningTrack(string SessionId, TrackKind Kind, string SessionName, ProcessingSettings Settings);
