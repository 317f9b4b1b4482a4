using Platform.Grains.Sessions;
using Platform.Runtime;

namespace Platform.Grains.AgentCommands;

/// <summary>
/// What a <see cref="AgentCommandKind.Track"/> command asks: which track, what to do, the processing settings it runs with
/// from this command on (the session's saved ones), and the session's full name (the agent's folders are named after it).
/// </summary>
[Immutable]
public sealed record TrackCommandDetail(TrackKind Track, TrackAction Action, ProcessingParameters Settings, string SessionName);
