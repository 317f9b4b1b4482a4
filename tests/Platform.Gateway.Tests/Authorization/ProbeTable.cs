using static Platform.Gateway.Tests.Authorization.Outcome;

namespace Platform.Gateway.Tests.Authorization;

/// <summary>
/// The tenancy matrix's expectation table: one or more probes per root field of Query, Mutation and Subscription. A root
/// field without an entry fails <c>TenancyMatrixTests.Every_root_field_has_an_entry_in_the_matrix</c>, so a new field
/// cannot ship without saying who may use it.
/// </summary>
public static partial class ProbeTable
{
    public static readonly string UnknownSessionId = Schema.PlatformSchemaHarness.GlobalId("Session", "no-such-session");

    /// <summary>Users who see the session act on it; agents may not; other facilities and groups see an unknown id.</summary>
    private static readonly IReadOnlyDictionary<MatrixCaller, Outcome> _sessionMember =
        Of(Unauthenticated, AsUnknown, AsUnknown, Allowed, Allowed, Allowed, Forbidden, Forbidden);

    /// <summary>Staff overrides: a user of the group sees the session but lacks the role.</summary>
    private static readonly IReadOnlyDictionary<MatrixCaller, Outcome> _sessionStaff =
        Of(Unauthenticated, AsUnknown, AsUnknown, Forbidden, Allowed, Allowed, Forbidden, Forbidden);

    /// <summary>Reading a session's streams: its users and its microscope's agent.</summary>
    private static readonly IReadOnlyDictionary<MatrixCaller, Outcome> _sessionViewer =
        Of(Unauthenticated, AsUnknown, AsUnknown, Allowed, Allowed, Allowed, AsUnknown, Allowed);

    /// <summary>Global-id lookups: open, but an invisible object is null like an unknown one.</summary>
    private static readonly IReadOnlyDictionary<MatrixCaller, Outcome> _nodeLookup =
        Of(AsUnknown, AsUnknown, AsUnknown, Allowed, Allowed, Allowed, AsUnknown, Allowed);

    /// <summary>The agent API: only the microscope's own agent; another microscope's id looks unknown to an agent.</summary>
    private static readonly IReadOnlyDictionary<MatrixCaller, Outcome> _agentOnly =
        Of(Unauthenticated, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, AsUnknown, Allowed);

    public static IReadOnlyList<FieldProbe> All { get; } = [.. Queries(), .. Mutations(), .. Subscriptions()];

    private static Dictionary<MatrixCaller, Outcome> Of(
        Outcome anonymous, Outcome userOfAnotherFacility, Outcome userOfAnotherGroup, Outcome user, Outcome staff, Outcome facilityAdmin, Outcome agentOfAnotherMicroscope, Outcome agent) => new()
        {
            [MatrixCaller.Anonymous] = anonymous,
            [MatrixCaller.UserOfAnotherFacility] = userOfAnotherFacility,
            [MatrixCaller.UserOfAnotherGroup] = userOfAnotherGroup,
            [MatrixCaller.User] = user,
            [MatrixCaller.Staff] = staff,
            [MatrixCaller.FacilityAdmin] = facilityAdmin,
            [MatrixCaller.AgentOfAnotherMicroscope] = agentOfAnotherMicroscope,
            [MatrixCaller.Agent] = agent,
        };

    /// <summary>A mutation on the caller's fresh session taking <c>input: { sessionId: $id, … }</c> and answering a SessionPayload-like type.</summary>
    private static FieldProbe SessionMutation(string field, IReadOnlyDictionary<MatrixCaller, Outcome> expected, string extraInput = "", string selection = "session { key }") =>
        new(field, $$"""mutation ($id: ID!) { {{field}}(input: { sessionId: $id {{extraInput}} }) { {{selection}} errors { __typename code message } } }""",
            t => t.SessionId, UnknownSessionId, expected);
}
