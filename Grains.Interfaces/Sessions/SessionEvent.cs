using Platform.Runtime;

namespace Platform.Grains.Sessions;

/// <summary>
/// One entry of a session's event stream (<c>session-events/&lt;id&gt;</c>): state changes, log lines of the
/// queue / acquisition / processing panels, and pop-up notifications (scope lock, stop received, pause prompt,
/// retention warning). Flat on purpose: one shape for GraphQL subscriptions and replays.
/// </summary>
[Immutable]
public sealed record SessionEvent(
    string SessionId,
    SessionEventKind Kind,
    DateTimeOffset AtUtc,
    string Message,
    SessionRunState? RunState = null,
    LogPanel? Panel = null,
    string? Detail = null)
{
    public const string StreamNamespace = "session-events";
}
