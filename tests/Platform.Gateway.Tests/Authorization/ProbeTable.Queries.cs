using static Platform.Gateway.Tests.Authorization.Outcome;

namespace Platform.Gateway.Tests.Authorization;

/// <summary>Probes of the Query root fields.</summary>
public static partial class ProbeTable
{
    private static IEnumerable<FieldProbe> Queries()
    {
        yield return new("node", """query ($id: ID!) { node(id: $id) { id ... on Session { name } } }""", t => t.SessionId, UnknownSessionId, _nodeLookup);
        yield return new("nodes", """query ($id: ID!) { nodes(ids: [$id]) { id } }""", t => t.SessionId, UnknownSessionId, _nodeLookup);
        yield return new("facility", """query ($id: String!) { facility(key: $id) { key name } }""", _ => "lab-a", "no-such-facility",
            Of(Unauthenticated, AsUnknown, Allowed, Allowed, Allowed, Allowed, Allowed, Allowed));
        yield return new("facilities", """query { facilities { nodes { key } } }""", _ => "lab-a", "lab-a",
            Of(Unauthenticated, Allowed, Allowed, Allowed, Allowed, Allowed, Allowed, Allowed)) { Indistinguishable = true };
        yield return new("gridTargets", """query ($id: ID!) { gridTargets(sessionId: $id, gridPosition: 1) { totalCount nodes { targetId } } }""",
            t => t.SessionId, UnknownSessionId, _sessionMember) { Indistinguishable = true };
        yield return new("gridTarget", """query ($id: ID!) { gridTarget(sessionId: $id, gridPosition: 1, targetId: "t-1") { state } }""",
            t => t.SessionId, UnknownSessionId, _sessionMember) { Indistinguishable = true };
        yield return new("gridAtlasImages", """query ($id: ID!) { gridAtlasImages(sessionId: $id, gridPosition: 1) { relativePath } }""",
            t => t.SessionId, UnknownSessionId, _sessionMember) { Indistinguishable = true };
    }
}
