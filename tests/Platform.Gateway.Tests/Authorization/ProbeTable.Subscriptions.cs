namespace Platform.Gateway.Tests.Authorization;

/// <summary>Probes of the Subscription root fields (allowed: the event stream starts; denied: the subscribe request fails).</summary>
public static partial class ProbeTable
{
    private static IEnumerable<FieldProbe> Subscriptions()
    {
        yield return new("sessionEvents", """subscription ($id: ID!) { sessionEvents(sessionId: $id, fromSequence: 1) { sequence } }""", t => t.SessionId, UnknownSessionId, _sessionViewer);
        yield return new("sessionLog", """subscription ($id: ID!) { sessionLog(sessionId: $id, panel: QUEUE) { sequence } }""", t => t.SessionId, UnknownSessionId, _sessionViewer);
        yield return new("agentCommands", """subscription ($id: ID!) { agentCommands(microscopeId: $id) { sequence } }""", _ => "scope-a", "no-such-scope", _agentOnly);
    }
}
