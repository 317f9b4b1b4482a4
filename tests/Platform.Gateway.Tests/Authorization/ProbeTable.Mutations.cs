using static Platform.Gateway.Tests.Authorization.Outcome;

namespace Platform.Gateway.Tests.Authorization;

/// <summary>Probes of the Mutation root fields.</summary>
public static partial class ProbeTable
{
    private static IEnumerable<FieldProbe> Mutations()
    {
        var scopeA = Schema.PlatformSchemaHarness.GlobalId("Microscope", "scope-a");
        yield return new("removeScopeLock", """mutation ($id: ID!) { removeScopeLock(input: { microscopeId: $id }) { microscope { key } errors { __typename code message } } }""",
            _ => scopeA, Schema.PlatformSchemaHarness.GlobalId("Microscope", "no-such-scope"),
            Of(Unauthenticated, AsUnknown, Forbidden, Forbidden, Allowed, Allowed, Forbidden, Forbidden));
        yield return new("createSession", """
            mutation ($id: ID!) { createSession(input: { bookingId: $id, name: "matrix", groupId: "lab", detectorKey: "k3" }) { session { key } errors { __typename code message } } }
            """, _ => Schema.PlatformSchemaHarness.GlobalId("Booking", "booking-a"), Schema.PlatformSchemaHarness.GlobalId("Booking", "no-such-booking"), _sessionMember);
        yield return new("copySessionSettings", """
            mutation ($id: ID!) { copySessionSettings(input: { sourceSessionId: $id, name: "copy" }) { session { key } errors { __typename code message } } }
            """, t => t.SessionId, UnknownSessionId, _sessionMember);
        yield return SessionMutation("updateSessionSetup", _sessionMember, ", name: \"renamed\"");
        yield return SessionMutation("endSession", _sessionMember);
        yield return SessionMutation("extendRetention", _sessionStaff, ", days: 5");
        yield return SessionMutation("deleteSession", _sessionMember, selection: "deletedSessionId");
        yield return SessionMutation("startSession", _sessionMember);
        yield return SessionMutation("stopSession", _sessionMember);
        yield return SessionMutation("setPauseBetweenGrids", _sessionMember, ", enabled: true");
        yield return SessionMutation("answerPausePrompt", _sessionMember, ", answer: NEXT_GRID");
        yield return SessionMutation("forceStartSession", _sessionStaff);
        yield return SessionMutation("forceKillSession", _sessionStaff);
        yield return SessionMutation("addGrid", _sessionMember, ", position: 3, holeType: \"R2/1\", meshSize: 300, meshMaterial: GOLD", "grid { key }");
        yield return SessionMutation("updateGrid", _sessionMember, ", position: 1, name: \"edited\", holeType: \"R2/1\", meshSize: 300, meshMaterial: GOLD", "grid { key name }");
        yield return SessionMutation("removeGrid", _sessionMember, ", position: 2");
        yield return SessionMutation("editGridTargets", _sessionMember, ", gridPosition: 1, remove: [\"t-none\"]", "commandId");
        yield return SessionMutation("requestSessionDataGrant", Of(Unauthenticated, AsUnknown, AsUnknown, Allowed, Allowed, Allowed, AsUnknown, Allowed), ", access: READ", "grant { access prefix }") with { Variant = "READ" };
        yield return SessionMutation("requestSessionDataGrant", Of(Unauthenticated, AsUnknown, AsUnknown, Forbidden, Forbidden, Forbidden, AsUnknown, Allowed), ", access: WRITE", "grant { access prefix }") with { Variant = "WRITE" };
        yield return SessionMutation("saveMicrographFilter", _sessionMember, ", name: \"good\", ranges: [{ metric: CTF_FIT_RESOLUTION_ANGSTROM, max: 4 }]", "result { filters { name } }");
        yield return SessionMutation("deleteMicrographFilter", _sessionMember, ", name: \"none\"", "result { filters { name } }");
        yield return new("setMicrographExcluded", """
            mutation ($id: String!) { setMicrographExcluded(micrographKey: $id, excluded: true) { micrograph { key excluded } errors { __typename code message } } }
            """, t => t.MicrographKey, "no-such-session/agent/mic_0000", _sessionMember);
        yield return new("submitAgentReports", """mutation ($id: ID!) { submitAgentReports(microscopeId: $id, reports: []) { results { status } } }""",
            _ => "scope-a", "no-such-scope", _agentOnly);
        foreach (var track in new[] { "startTrack", "stopTrack", "restartTrack", "clearTrack" })
        {
            yield return SessionMutation(track, _sessionMember, ", track: PREPROCESSING");
        }

        yield return SessionMutation("startMicrographExport", _sessionMember, selection: "export { key }");
        yield return new("submitMicrographResults", """
            mutation ($id: ID!) { submitMicrographResults(sessionId: $id, results: []) { micrographs { key } errors { __typename code message } } }
            """, t => t.SessionId, UnknownSessionId, Of(Unauthenticated, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden));
        yield return new("submitClassAverages", """
            mutation ($id: ID!) { submitClassAverages(sessionId: $id, classAverages: { idempotencyKey: "probe", particleCount: 0, pixelSizeAngstrom: 1, boxPixels: 8, classes: [] }) { classAverages { source } errors { __typename code message } } }
            """, t => t.SessionId, UnknownSessionId, Of(Unauthenticated, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden));
        yield return new("agentHeartbeat", """mutation ($id: ID!) { agentHeartbeat(microscopeId: $id) }""", _ => "scope-a", "no-such-scope", _agentOnly);
    }
}
