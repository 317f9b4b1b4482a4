using System.Text.Json;
using Platform.Gateway.Tests.Schema;

namespace Platform.Gateway.Tests.Sessions;

/// <summary>Session mutations: create, copy, edit setup (with per-field validation errors), end, retention, delete.</summary>
public sealed class SessionMutationTests
{
    private const string SessionFields = "key name groupId detectorKey state collection { atlasTilesX targetDefocusMinMicrons targetDefocusMaxMicrons } processing { pixelSizeAngstrom voltageKilovolts }";

    [Fact]
    public async Task Creating_a_session_from_a_booking_applies_the_given_setup_over_the_defaults()
    {
        await using var harness = await PlatformSchemaHarness.StartAsync();
        var payload = (await harness.DataAsync($$"""
            mutation ($input: CreateSessionInput!) {
              createSession(input: $input) { session { {{SessionFields}} booking { key } } errors { code message } }
            }
            """, new { input = new { bookingId = PlatformSchemaHarness.GlobalId("Booking", "booking-a"), name = "hemoglobin", groupId = "lab", detectorKey = "falcon4i", collection = new { atlasTilesX = 4, targetDefocusMinMicrons = -2.5, targetDefocusMaxMicrons = -1.0 } } }))
            .GetProperty("createSession");

        Assert.Empty(payload.GetProperty("errors").EnumerateArray());
        var session = payload.GetProperty("session");
        Assert.Equal("20260302_hemoglobin", session.GetProperty("name").GetString());
        Assert.Equal("falcon4i", session.GetProperty("detectorKey").GetString());
        Assert.Equal(4, session.GetProperty("collection").GetProperty("atlasTilesX").GetInt32());
        Assert.Equal(-1.0, session.GetProperty("collection").GetProperty("targetDefocusMinMicrons").GetDouble());
        Assert.Equal(-2.5, session.GetProperty("collection").GetProperty("targetDefocusMaxMicrons").GetDouble());
        Assert.Equal(300, session.GetProperty("processing").GetProperty("voltageKilovolts").GetDouble());
        Assert.Equal("booking-a", session.GetProperty("booking").GetProperty("key").GetString());
    }

    [Fact]
    public async Task An_invalid_setup_returns_a_validation_error_per_field_and_changes_nothing()
    {
        await using var harness = await PlatformSchemaHarness.StartAsync();
        var payload = (await harness.DataAsync($$"""
            mutation ($input: UpdateSessionSetupInput!) {
              updateSessionSetup(input: $input) {
                session { key }
                errors { __typename code message ... on ValidationError { field reason } }
              }
            }
            """, new { input = new { sessionId = PlatformSchemaHarness.GlobalId("Session", "session-a"), name = "bad name!", collection = new { atlasTilesX = 0 }, processing = new { pixelSizeAngstrom = 0.0 } } }))
            .GetProperty("updateSessionSetup");

        Assert.Equal(JsonValueKind.Null, payload.GetProperty("session").ValueKind);
        var errors = payload.GetProperty("errors").EnumerateArray().ToList();
        Assert.All(errors, e => Assert.Equal("ValidationError", e.GetProperty("__typename").GetString()));
        Assert.Equal(["collection.atlasTilesX", "name", "processing.pixelSizeAngstrom"], errors.Select(e => e.GetProperty("field").GetString()).Order());
        var after = await harness.DataAsync($$"""{ facility(key: "lab-a") { session(key: "session-a") { {{SessionFields}} } } }""");
        var session = after.GetProperty("facility").GetProperty("session");
        Assert.Equal("20260302_apoF", session.GetProperty("name").GetString());
        Assert.Equal(6, session.GetProperty("collection").GetProperty("atlasTilesX").GetInt32());
        Assert.Equal(1.0, session.GetProperty("processing").GetProperty("pixelSizeAngstrom").GetDouble());
    }

    [Fact]
    public async Task Editing_one_field_keeps_every_other_setup_field()
    {
        await using var harness = await PlatformSchemaHarness.StartAsync();
        var payload = (await harness.DataAsync($$"""
            mutation { updateSessionSetup(input: { sessionId: "{{PlatformSchemaHarness.GlobalId("Session", "session-a")}}", processing: { pixelSizeAngstrom: 0.83 } }) {
              session { {{SessionFields}} } errors { code } } }
            """)).GetProperty("updateSessionSetup");

        var session = payload.GetProperty("session");
        Assert.Equal(0.83, session.GetProperty("processing").GetProperty("pixelSizeAngstrom").GetDouble());
        Assert.Equal("20260302_apoF", session.GetProperty("name").GetString());
        Assert.Equal("k3", session.GetProperty("detectorKey").GetString());
        Assert.Equal(6, session.GetProperty("collection").GetProperty("atlasTilesX").GetInt32());
    }

    [Theory]
    [InlineData("Session", "no-such-session")]
    [InlineData("Grid", "session-a/1")]
    [InlineData(null, "not-a-global-id")]
    public async Task A_mutation_on_an_unknown_or_wrongly_typed_id_returns_NotFoundError(string? type, string key)
    {
        await using var harness = await PlatformSchemaHarness.StartAsync();
        var id = type is null ? key : PlatformSchemaHarness.GlobalId(type, key);
        var payload = (await harness.DataAsync("""
            mutation ($id: ID!) { startSession(input: { sessionId: $id }) { session { key } errors { __typename code ... on NotFoundError { kind } } } }
            """, new { id })).GetProperty("startSession");

        Assert.Equal(JsonValueKind.Null, payload.GetProperty("session").ValueKind);
        var error = Assert.Single(payload.GetProperty("errors").EnumerateArray());
        Assert.Equal("NotFoundError", error.GetProperty("__typename").GetString());
        Assert.Equal("NOT_FOUND", error.GetProperty("code").GetString());
        Assert.Equal("Session", error.GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Copying_settings_creates_a_new_session_with_the_sources_setup()
    {
        await using var harness = await PlatformSchemaHarness.StartAsync();
        await harness.DataAsync($$"""
            mutation { updateSessionSetup(input: { sessionId: "{{PlatformSchemaHarness.GlobalId("Session", "session-a")}}", detectorKey: "falcon4i", collection: { atlasTilesX: 9 } }) { errors { code } } }
            """);
        var payload = (await harness.DataAsync($$"""
            mutation { copySessionSettings(input: { sourceSessionId: "{{PlatformSchemaHarness.GlobalId("Session", "session-a")}}", name: "apoF_again" }) {
              session { {{SessionFields}} grids { position } } errors { code message } } }
            """)).GetProperty("copySessionSettings");

        Assert.Empty(payload.GetProperty("errors").EnumerateArray());
        var copy = payload.GetProperty("session");
        Assert.NotEqual("session-a", copy.GetProperty("key").GetString());
        Assert.Equal("20260302_apoF_again", copy.GetProperty("name").GetString());
        Assert.Equal("falcon4i", copy.GetProperty("detectorKey").GetString());
        Assert.Equal(9, copy.GetProperty("collection").GetProperty("atlasTilesX").GetInt32());
        Assert.Empty(copy.GetProperty("grids").EnumerateArray());
    }

    [Fact]
    public async Task Ending_a_session_starts_the_retention_countdown_which_staff_can_extend()
    {
        await using var harness = await PlatformSchemaHarness.StartAsync();
        var id = PlatformSchemaHarness.GlobalId("Session", "session-a");
        var ended = (await harness.DataAsync($$"""mutation { endSession(input: { sessionId: "{{id}}" }) { session { daysLeft dataExpiresAt endedAt } errors { code } } }"""))
            .GetProperty("endSession").GetProperty("session");
        Assert.Equal(30, ended.GetProperty("daysLeft").GetInt32());
        Assert.Equal("2026-04-01T09:00:00.000Z", ended.GetProperty("dataExpiresAt").GetString());

        harness.Time.Advance(TimeSpan.FromDays(10.5));
        var extended = (await harness.DataAsync($$"""mutation { extendRetention(input: { sessionId: "{{id}}", days: 5 }) { session { daysLeft dataExpiresAt } errors { code } } }"""))
            .GetProperty("extendRetention").GetProperty("session");

        // 30 + 5 days from the end, 10.5 days later: 24.5 days left, floored.
        Assert.Equal(24, extended.GetProperty("daysLeft").GetInt32());
        Assert.Equal("2026-04-06T09:00:00.000Z", extended.GetProperty("dataExpiresAt").GetString());
    }

    [Fact]
    public async Task A_deleted_session_is_gone_from_node_and_from_its_facilitys_list()
    {
        await using var harness = await PlatformSchemaHarness.StartAsync();
        var id = PlatformSchemaHarness.GlobalId("Session", "session-a");
        var payload = (await harness.DataAsync($$"""mutation { deleteSession(input: { sessionId: "{{id}}" }) { deletedSessionId errors { code } } }""")).GetProperty("deleteSession");
        Assert.Equal(id, payload.GetProperty("deletedSessionId").GetString());

        var data = await harness.DataAsync($$"""{ node(id: "{{id}}") { id } facility(key: "lab-a") { sessions { totalCount } } }""");
        Assert.Equal(JsonValueKind.Null, data.GetProperty("node").ValueKind);
        Assert.Equal(0, data.GetProperty("facility").GetProperty("sessions").GetProperty("totalCount").GetInt32());
        var again = (await harness.DataAsync($$"""mutation { deleteSession(input: { sessionId: "{{id}}" }) { deletedSessionId errors { __typename } } }""")).GetProperty("deleteSession");
        Assert.Equal("NotFoundError", Assert.Single(again.GetProperty("errors").EnumerateArray()).GetProperty("__typename").GetString());
    }
}
