using Platform.Targeting.Bis;
using Platform.Targeting.Squares;

namespace Platform.Targeting.Tests;

/// <summary>BIS grouping and mesh rotation on hand-built point sets with known answers.</summary>
public sealed class BisGrouperTests
{
    [Fact]
    public void A_plus_of_five_holes_becomes_one_group_centred_on_the_middle()
    {
        (double, double)[] plus = [(0, 0), (2.5, 0), (-2.5, 0), (0, 2.5), (0, -2.5)];

        var group = Assert.Single(BisGrouper.Group(plus, 3, 1, seed: 1));

        Assert.Equal(0, group.Center);
        Assert.Equal([0, 1, 2, 3, 4], group.Members.Order());
    }

    [Fact]
    public void Every_hole_is_covered_once_and_groups_respect_the_distance()
    {
        var lattice = Enumerable.Range(0, 8).SelectMany(x => Enumerable.Range(0, 8).Select(y => (x * 2.5, y * 2.5))).ToList();

        var groups = BisGrouper.Group(lattice, 3, 1, seed: 42);

        Assert.Equal(Enumerable.Range(0, 64), groups.SelectMany(g => g.Members).Order());
        Assert.All(groups, g => Assert.All(g.Members, m =>
            Assert.True(Math.Sqrt(Math.Pow(lattice[m].Item1 - lattice[g.Center].Item1, 2) + Math.Pow(lattice[m].Item2 - lattice[g.Center].Item2, 2)) <= 3)));
        Assert.True(groups.Count < 64 / 2, $"{groups.Count} groups: grouping should need far fewer stage moves than holes");
        Assert.Equal(groups.Select(g => g.Center), BisGrouper.Group(lattice, 3, 1, seed: 42).Select(g => g.Center)); // deterministic
    }

    [Fact]
    public void An_isolated_hole_stays_ungrouped_when_groups_need_two_and_each_hole_is_alone_without_BIS()
    {
        (double, double)[] points = [(0, 0), (2, 0), (50, 50)];

        var groups = BisGrouper.Group(points, 3, 2, seed: 3);
        Assert.Equal([0, 1], Assert.Single(groups).Members.Order());

        Assert.Equal(3, BisGrouper.Group(points, 0, 1, seed: 3).Count);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(-7.5)]
    public void Mesh_rotation_is_recovered_from_square_centres(double degrees)
    {
        var a = degrees * Math.PI / 180;
        var centres = Enumerable.Range(-3, 7).SelectMany(c => Enumerable.Range(-3, 7).Select(r =>
            ((c * 84.7 * Math.Cos(a)) - (r * 84.7 * Math.Sin(a)), (c * 84.7 * Math.Sin(a)) + (r * 84.7 * Math.Cos(a))))).ToList();

        Assert.Equal(degrees, MeshRotation.EstimateDegrees(centres)!.Value, 6);
        Assert.Null(MeshRotation.EstimateDegrees([(0, 0)]));
    }
}
