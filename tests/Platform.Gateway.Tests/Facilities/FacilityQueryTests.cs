using System.Text.Json;
using Platform.Gateway.Tests.Schema;

namespace Platform.Gateway.Tests.Facilities;

/// <summary>Reading the platform through a facility: its sessions with every setup field, grids, and scoped lookups.</summary>
public sealed class FacilityQueryTests
{
    [Fact]
    public async Task A_facility_lists_its_sessions_with_setup_tracks_counters_and_grids()
    {
        await using var harness = await PlatformSchemaHarness.StartAsync();
        var data = await harness.DataAsync("""
            query ($key: String!) {
              facility(key: $key) {
                key name retentionDays
                sessions {
                  totalCount
                  nodes {
                    key name state daysLeft dataExpiresAt ownerUserId groupId detectorKey
                    detector { key vendor }
                    microscope { key autoloaderCapacity runLock { holderUserId } }
                    booking { key title }
                    collection { atlasTilesX holesPerSquare targetDefocusMinMicrons saveFrames }
                    processing { pixelSizeAngstrom voltageKilovolts sphericalAberrationMillimetres gainReferencePath }
                    tracks { kind state settingsPending }
                    counters { exposuresAcquired }
                    grids { position name finalName protocol meshMaterial state holeType { name holeSizeMicrons } }
                  }
                }
              }
            }
            """, new { key = "lab-a" });

        var facility = data.GetProperty("facility");
        Assert.Equal("Facility lab-a", facility.GetProperty("name").GetString());
        var sessions = facility.GetProperty("sessions");
        Assert.Equal(1, sessions.GetProperty("totalCount").GetInt32());
        var session = sessions.GetProperty("nodes")[0];
        Assert.Equal("session-a", session.GetProperty("key").GetString());
        Assert.Equal("20260302_apoF", session.GetProperty("name").GetString());
        Assert.Equal("CREATED", session.GetProperty("state").GetString());
        Assert.Equal(JsonValueKind.Null, session.GetProperty("daysLeft").ValueKind);
        Assert.Equal("GATAN", session.GetProperty("detector").GetProperty("vendor").GetString());
        Assert.Equal("scope-a", session.GetProperty("microscope").GetProperty("key").GetString());
        Assert.Equal(JsonValueKind.Null, session.GetProperty("microscope").GetProperty("runLock").ValueKind);
        Assert.Equal(6, session.GetProperty("collection").GetProperty("atlasTilesX").GetInt32());
        Assert.Equal(300, session.GetProperty("processing").GetProperty("voltageKilovolts").GetDouble());
        Assert.Equal(["TRANSFER", "PREPROCESSING", "CLASSIFICATION_2D"], session.GetProperty("tracks").EnumerateArray().Select(t => t.GetProperty("kind").GetString()));
        var grids = session.GetProperty("grids").EnumerateArray().ToList();
        Assert.Equal([1, 2], grids.Select(g => g.GetProperty("position").GetInt32()));
        Assert.Equal(["1_apoF_1", "2_apoF_2"], grids.Select(g => g.GetProperty("finalName").GetString()));
        Assert.Equal("GOLD", grids[0].GetProperty("meshMaterial").GetString());
        Assert.Equal("QUEUED", grids[0].GetProperty("state").GetString());
    }

    [Fact]
    public async Task Another_facilitys_or_unknown_keys_read_as_null_not_as_errors()
    {
        await using var harness = await PlatformSchemaHarness.StartAsync();
        var data = await harness.DataAsync("""
            {
              facility(key: "lab-a") {
                foreignSession: session(key: "session-b") { key }
                ownSession: session(key: "session-a") { key }
                foreignScope: microscope(key: "scope-b") { key }
                foreignBooking: booking(key: "booking-b") { key }
                unknown: session(key: "no-such-session") { key }
              }
              missing: facility(key: "no-such-facility") { key }
            }
            """);

        var facility = data.GetProperty("facility");
        Assert.Equal(JsonValueKind.Null, facility.GetProperty("foreignSession").ValueKind);
        Assert.Equal("session-a", facility.GetProperty("ownSession").GetProperty("key").GetString());
        Assert.Equal(JsonValueKind.Null, facility.GetProperty("foreignScope").ValueKind);
        Assert.Equal(JsonValueKind.Null, facility.GetProperty("foreignBooking").ValueKind);
        Assert.Equal(JsonValueKind.Null, facility.GetProperty("unknown").ValueKind);
        Assert.Equal(JsonValueKind.Null, data.GetProperty("missing").ValueKind);
    }

    [Fact]
    public async Task Node_and_nodes_fetch_every_entity_type_by_global_id()
    {
        await using var harness = await PlatformSchemaHarness.StartAsync();
        string[] ids =
        [
            PlatformSchemaHarness.GlobalId("Facility", "lab-a"),
            PlatformSchemaHarness.GlobalId("Microscope", "scope-a"),
            PlatformSchemaHarness.GlobalId("Booking", "booking-a"),
            PlatformSchemaHarness.GlobalId("Session", "session-a"),
            PlatformSchemaHarness.GlobalId("Grid", "session-a/2"),
            PlatformSchemaHarness.GlobalId("Session", "no-such-session"),
        ];
        var data = await harness.DataAsync("""
            query ($ids: [ID!]!, $one: ID!) {
              nodes(ids: $ids) { __typename id }
              node(id: $one) { id ... on Grid { position session { key } } }
            }
            """, new { ids, one = ids[4] });

        var nodes = data.GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(["Facility", "Microscope", "Booking", "Session", "Grid"], nodes.Take(5).Select(n => n.GetProperty("__typename").GetString()));
        Assert.Equal(ids.Take(5), nodes.Take(5).Select(n => n.GetProperty("id").GetString()));
        Assert.Equal(JsonValueKind.Null, nodes[5].ValueKind);
        Assert.Equal(2, data.GetProperty("node").GetProperty("position").GetInt32());
        Assert.Equal("session-a", data.GetProperty("node").GetProperty("session").GetProperty("key").GetString());
    }

    [Fact]
    public async Task A_malformed_global_id_is_a_typed_field_error_not_an_internal_one()
    {
        await using var harness = await PlatformSchemaHarness.StartAsync();
        var response = await harness.RunAsync("""{ node(id: "%%% not an id") { id } }""");

        Assert.Equal(JsonValueKind.Null, response.GetProperty("data").GetProperty("node").ValueKind);
        var error = Assert.Single(response.GetProperty("errors").EnumerateArray());
        Assert.Equal("INVALID_ID", error.GetProperty("extensions").GetProperty("code").GetString());
    }
}
