using Platform.Grains.Errors;
using Platform.Grains.Grids;
using Platform.Grains.Sessions;

namespace Platform.Grains.Tests;

/// <summary>Autoloader grids: name_N numbering, position_name, positions, and the auto protocol with its fallback.</summary>
public sealed class GridTests
{
    [Fact]
    public async Task A_grid_without_a_name_continues_the_previous_grids_numbering()
    {
        await using var silo = await DomainSilo.StartAsync();
        var session = silo.Grains.GetGrain<ISessionGrain>("g-" + Guid.NewGuid());
        await session.CreateAsync(silo.Request());

        var first = await session.AddGridAsync(new GridSetup(1, "apoF_1", "R1.2/1.3", 300, MeshMaterial.Gold));
        var second = await session.AddGridAsync(new GridSetup(2, null, "R1.2/1.3", 300, MeshMaterial.Gold));
        var third = await session.AddGridAsync(new GridSetup(5, "apoF_1", "R2/1", 400, MeshMaterial.Carbon));

        Assert.Equal(("apoF_1", "1_apoF_1"), (first.Name, first.FinalName));
        Assert.Equal(("apoF_2", "2_apoF_2"), (second.Name, second.FinalName));
        Assert.Equal(("apoF_3", "5_apoF_3"), (third.Name, third.FinalName));
        Assert.Equal([1, 2, 5], (await session.GetAsync()).Grids.Select(g => g.Position));
    }

    [Theory]
    [InlineData("R1.2/1.3", 3.0, 0.0, GridProtocols.SpaBis)]
    [InlineData("R1.2/1.3", 0.0, 0.0, GridProtocols.Spa)]
    [InlineData("R1.2/1.3", 3.0, 30.0, GridProtocols.Spa)]
    [InlineData("Lacey", 3.0, 0.0, GridProtocols.NegativeStain)]
    public async Task The_auto_protocol_is_resolved_from_hole_type_BIS_and_tilt(string holeType, double bisMicrons, double tiltDegrees, string expected)
    {
        await using var silo = await DomainSilo.StartAsync();
        var session = silo.Grains.GetGrain<ISessionGrain>("p-" + Guid.NewGuid());
        await session.CreateAsync(silo.Request(collection: new CollectionParameters { BisMaxDistanceMicrons = bisMicrons, TiltAngleDegrees = tiltDegrees }));
        var grid = await session.AddGridAsync(new GridSetup(1, "g_1", holeType, 300, MeshMaterial.Gold));
        Assert.Equal(GridProtocols.Auto, grid.RequestedProtocol);
        Assert.Equal(expected, grid.Protocol);
    }

    [Fact]
    public async Task Bad_grid_input_is_rejected_with_the_field_named_and_the_session_unchanged()
    {
        await using var silo = await DomainSilo.StartAsync();
        var session = silo.Grains.GetGrain<ISessionGrain>("b-" + Guid.NewGuid());
        await session.CreateAsync(silo.Request());
        await session.AddGridAsync(new GridSetup(1, "a_1", "R2/1", 300, MeshMaterial.Gold));

        Assert.Equal("position", Assert.Single((await Assert.ThrowsAsync<InvalidInputException>(() => session.AddGridAsync(new GridSetup(1, "b", "R2/1", 300, MeshMaterial.Gold)))).Errors).Field);
        Assert.Equal("position", Assert.Single((await Assert.ThrowsAsync<InvalidInputException>(() => session.AddGridAsync(new GridSetup(13, "b", "R2/1", 300, MeshMaterial.Gold)))).Errors).Field);
        Assert.Equal("holeType", Assert.Single((await Assert.ThrowsAsync<InvalidInputException>(() => session.AddGridAsync(new GridSetup(2, "b", "R9/9", 300, MeshMaterial.Gold)))).Errors).Field);
        Assert.Equal("protocol", Assert.Single((await Assert.ThrowsAsync<InvalidInputException>(() => session.AddGridAsync(new GridSetup(2, "b", "R2/1", 300, MeshMaterial.Gold, "Magic")))).Errors).Field);
        Assert.Single((await session.GetAsync()).Grids);
    }

    [Fact]
    public async Task Removing_a_grid_frees_its_position()
    {
        await using var silo = await DomainSilo.StartAsync();
        var session = await silo.NewSessionWithGridAsync();
        await session.RemoveGridAsync(1);
        Assert.Empty((await session.GetAsync()).Grids);
        var again = await session.AddGridAsync(new GridSetup(1, "fresh_1", "R2/2", 300, MeshMaterial.Carbon));
        Assert.Equal("1_fresh_1", again.FinalName);
    }
}
