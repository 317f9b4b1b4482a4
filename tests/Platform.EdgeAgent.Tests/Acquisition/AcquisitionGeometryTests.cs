using Platform.EdgeAgent.Acquisition;

namespace Platform.EdgeAgent.Tests.Acquisition;

/// <summary>Defocus roll, offset targeting, tilt geometry and grid sizes against hand-worked values from the reference's formulas.</summary>
public sealed class AcquisitionGeometryTests
{
    [Theory]
    [InlineData(-1.0, -1.0, -2.0, 0.5, -1.5)]
    [InlineData(-1.5, -1.0, -2.0, 0.5, -2.0)]
    [InlineData(-2.0, -1.0, -2.0, 0.5, -1.0)] // past far: wraps to near
    [InlineData(-2.0, -2.0, -1.0, 0.5, -1.0)] // limits entered the other way round
    [InlineData(-0.5, -1.0, -2.0, 0.5, -1.0)] // above near (less negative): wraps to near
    [InlineData(-1.7, -1.0, -2.0, 0, -1.0)] // step 0: no cycling, stays at near
    [InlineData(-1.0, -1.0, -2.0, -0.3, -1.3)] // the sign of the step does not matter
    public void Defocus_rolls_from_near_to_far_and_wraps(double current, double min, double max, double step, double expected) =>
        Assert.Equal(expected, DefocusCycle.Next(current, min, max, step), 10);

    [Fact]
    public void Offset_is_a_fraction_of_the_hole_radius_by_mesh_material_or_the_fixed_distance()
    {
        Assert.Equal(0.5, OffsetTargeting.OffsetMicrons(true, false, -1, 1.2, "Carbon", 0.999), 10); // round(0.999·0.6·0.8, 1) = 0.5
        Assert.Equal(0.3, OffsetTargeting.OffsetMicrons(true, false, -1, 1.2, "Gold", 0.999), 10); // round(0.999·0.6·0.5, 1) = 0.3
        Assert.Equal(0.25, OffsetTargeting.OffsetMicrons(true, false, 0.25, 1.2, "Gold", 0.9), 10);
        Assert.Equal(0, OffsetTargeting.OffsetMicrons(false, false, -1, 1.2, "Gold", 0.9));
        Assert.Equal(0, OffsetTargeting.OffsetMicrons(true, true, -1, 1.2, "Gold", 0.9));
        Assert.Equal(0, OffsetTargeting.OffsetMicrons(true, false, -1, null, "Gold", 0.9));
    }

    [Fact]
    public void Tilted_image_shift_foreshortens_Y_and_defocus_follows_the_height()
    {
        var (x, y) = TiltGeometry.ImageShiftTo(10, 20, 12, 23, 30, 0.4);
        Assert.Equal(2.4, x, 10);
        Assert.Equal(3 * Math.Cos(Math.PI / 6), y, 10);
        Assert.Equal(-2 + (y * 0.5), TiltGeometry.CompensatedDefocusMicrons(-2, y, 30), 10);
        Assert.Equal(-2, TiltGeometry.CompensatedDefocusMicrons(-2, y, 0), 10);
    }

    [Fact]
    public void Focus_area_sits_between_holes_on_the_diagonal_untilted_and_along_the_axis_when_tilted()
    {
        var (d, a) = TiltGeometry.FocusAreaPosition(2.5, 0, 5);
        Assert.Equal(2.5 * Math.Sqrt(2) / 2, d, 10);
        Assert.Equal(-40, a, 10);
        Assert.Equal((1.25, 0.0), TiltGeometry.FocusAreaPosition(2.5, 20, 5));
    }

    [Fact]
    public void Grid_geometry_comes_from_the_hole_type_and_mesh()
    {
        var g = GridGeometry.For("R1.2/1.3", 300);
        Assert.Equal(1.2, g.HoleDiameterMicrons);
        Assert.Equal(2.5, g.HolePitchMicrons, 10);
        Assert.InRange(g.SquareSideMicrons, 58, 61);
        Assert.Throws<FormatException>(() => GridGeometry.For("holey", 300));
        Assert.Throws<FormatException>(() => GridGeometry.For("R1.2/1.3", 0));
    }
}
