using Platform.Imaging.Star;
using Platform.Processing.Tests.Data;

namespace Platform.Processing.Tests.Star;

public sealed class StarRealFileTests
{
    [Fact]
    public void Relion31_file_reads_optics_and_particles_with_their_values()
    {
        var doc = StarReader.Read(SharedData.PathOf("cryodrgn/relion31.star"));
        var optics = doc.Block("optics").Table;
        Assert.Equal(1, optics.RowCount);
        Assert.Equal("opticsGroup1", optics.GetString(0, "rlnOpticsGroupName"));
        Assert.Equal(2.806, optics.GetDouble(0, "rlnImagePixelSize"));
        Assert.Equal(256, optics.GetInt32(0, "rlnImageSize"));
        Assert.Equal(0.01, optics.GetDouble(0, "rlnSphericalAberration"));

        var particles = doc.Block("particles").Table;
        Assert.Equal(5, particles.RowCount);
        Assert.Equal(26, particles.Columns.Count);
        Assert.Equal(13108.082418, particles.GetDouble(0, "rlnDefocusU"));
        Assert.Equal(2826.0, particles.GetDouble(2, "rlnCoordinateX"));
        Assert.Equal("000005@relion31.mrcs", particles.GetString(4, "rlnImageName"));
        Assert.Equal(-0.33773, particles.GetDouble(4, "rlnOriginXAngst"));
    }

    [Fact]
    public void Relion31_v2_file_with_particles_before_optics_reads_the_same_values()
    {
        var first = StarReader.Read(SharedData.PathOf("cryodrgn/relion31.star"));
        var second = StarReader.Read(SharedData.PathOf("cryodrgn/relion31.v2.star"));
        Assert.Equal("particles", second.Blocks[0].Name);
        Assert.Equal("optics", second.Blocks[1].Name);
        var a = first.Block("particles").Table;
        var b = second.Block("particles").Table;
        Assert.Equal(a.Columns, b.Columns);
        for (var row = 0; row < a.RowCount; row++)
        {
            Assert.Equal(a.Row(row), b.Row(row));
        }

        Assert.Equal(first.Block("optics").Table.Row(0), second.Block("optics").Table.Row(0));
    }

    [Fact]
    public void Relion5_file_reads_bracketed_aberration_lists_and_particle_values()
    {
        var doc = StarReader.Read(SharedData.PathOf("cryodrgn/relion5.star"));
        var optics = doc.Block("optics").Table;
        Assert.Equal(18, optics.Columns.Count);
        Assert.Equal(100.0, optics.GetDouble(0, "rlnVoltage"));
        Assert.Equal(448, optics.GetInt32(0, "rlnImageSize"));
        Assert.StartsWith("[0.0680480107376,", optics.GetString(0, "rlnOddZernike"), StringComparison.Ordinal);
        Assert.Equal(-7.04404e-04, optics.GetDouble(0, "rlnMagMat01"));

        var particles = doc.Block("particles").Table;
        Assert.Equal(1736.0, particles.GetDouble(0, "rlnCoordinateX"));
        Assert.Equal(11949.061330, particles.GetDouble(0, "rlnDefocusU"));
        Assert.Equal("2@toy_images_b.mrcs", particles.GetString(1, "rlnImageName"));
        Assert.True(particles.RowCount >= 7);
    }

    [Fact]
    public void Relion30_anonymous_blocks_read_empiar_10076_and_subtomogram_tables()
    {
        var ribosome = StarReader.Read(SharedData.PathOf("cryodrgn/empiar_10076_7.star"));
        var table = Assert.Single(ribosome.Blocks).Table;
        Assert.Equal("", ribosome.Blocks[0].Name);
        Assert.Equal(7, table.RowCount);
        Assert.Equal(15301.1, table.GetDouble(0, "rlnDefocusU"));
        Assert.Equal(14792.7, table.GetDouble(6, "rlnDefocusV"));
        Assert.Equal(5.28, table.GetDouble(3, "rlnDefocusAngle"));

        var tilts = StarReader.Read(SharedData.PathOf("cryodrgn/sta_testing_bin8.star")).Blocks[0].Table;
        Assert.Equal(219, tilts.RowCount);
        Assert.StartsWith("000219@", tilts.GetString(218, "rlnImageName"), StringComparison.Ordinal);
        Assert.Equal(20, tilts.Columns.Count);
        Assert.Equal(20061.7, tilts.GetDouble(0, "rlnDefocusU"));
        Assert.Equal("ay19102021_L3_position6_21.mrc", tilts.GetString(0, "rlnMicrographName"));
        Assert.Equal(-13.0, tilts.GetDouble(0, "rlnCtfBfactor"));
    }

    [Theory]
    [InlineData("cryodrgn/relion31.star")]
    [InlineData("cryodrgn/relion5.star")]
    [InlineData("cryodrgn/sta_testing_bin8.star")]
    public void Real_files_round_trip_through_the_writer(string file)
    {
        var original = StarReader.Read(SharedData.PathOf(file));
        using var text = new StringWriter();
        StarWriter.Write(original, text);
        var copy = StarReader.Parse(text.ToString());
        StarAssert.SameDocument(original, copy);
    }
}
