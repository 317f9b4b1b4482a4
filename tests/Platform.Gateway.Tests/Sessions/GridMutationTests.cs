using System.Text.Json;
using Platform.Gateway.Tests.Schema;

namespace Platform.Gateway.Tests.Sessions;

/// <summary>Adding, editing and removing autoloader grids through GraphQL.</summary>
public sealed class GridMutationTests
{
    private const string GridPayload = "grid { key position name finalName protocol meshMaterial holeType { name } } session { grids { position } } errors { __typename code ... on ValidationError { field } }";

    [Fact]
    public async Task Grids_are_added_edited_and_removed_and_an_occupied_position_is_a_validation_error()
    {
        await using var harness = await PlatformSchemaHarness.StartAsync();
        var session = PlatformSchemaHarness.GlobalId("Session", "session-a");

        var added = (await harness.DataAsync($$"""
            mutation ($input: GridInput!) { addGrid(input: $input) { {{GridPayload}} } }
            """, new { input = new { sessionId = session, position = 3, holeType = "R1.2/1.3", meshSize = 300, meshMaterial = "GOLD" } })).GetProperty("addGrid");
        Assert.Empty(added.GetProperty("errors").EnumerateArray());
        Assert.Equal("3_apoF_3", added.GetProperty("grid").GetProperty("finalName").GetString());
        Assert.Equal([1, 2, 3], added.GetProperty("session").GetProperty("grids").EnumerateArray().Select(g => g.GetProperty("position").GetInt32()));

        var occupied = (await harness.DataAsync($$"""
            mutation ($input: GridInput!) { addGrid(input: $input) { {{GridPayload}} } }
            """, new { input = new { sessionId = session, position = 3, holeType = "R2/1", meshSize = 200, meshMaterial = "CARBON" } })).GetProperty("addGrid");
        Assert.Equal(JsonValueKind.Null, occupied.GetProperty("grid").ValueKind);
        Assert.Equal("position", Assert.Single(occupied.GetProperty("errors").EnumerateArray()).GetProperty("field").GetString());

        var edited = (await harness.DataAsync($$"""
            mutation ($input: GridInput!) { updateGrid(input: $input) { {{GridPayload}} } }
            """, new { input = new { sessionId = session, position = 3, name = "lacey", holeType = "Lacey", meshSize = 400, meshMaterial = "CARBON", protocol = "NegativeStain" } })).GetProperty("updateGrid");
        Assert.Empty(edited.GetProperty("errors").EnumerateArray());
        Assert.Equal("3_lacey", edited.GetProperty("grid").GetProperty("finalName").GetString());
        Assert.Equal("NegativeStain", edited.GetProperty("grid").GetProperty("protocol").GetString());

        var removed = (await harness.DataAsync("""
            mutation ($id: ID!) { removeGrid(input: { sessionId: $id, position: 3 }) { session { grids { position } } errors { code } } }
            """, new { id = session })).GetProperty("removeGrid");
        Assert.Equal([1, 2], removed.GetProperty("session").GetProperty("grids").EnumerateArray().Select(g => g.GetProperty("position").GetInt32()));
        var gone = await harness.DataAsync($$"""{ node(id: "{{PlatformSchemaHarness.GlobalId("Grid", "session-a/3")}}") { id } }""");
        Assert.Equal(JsonValueKind.Null, gone.GetProperty("node").ValueKind);
    }
}
