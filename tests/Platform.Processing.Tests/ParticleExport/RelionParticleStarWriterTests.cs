using Platform.Imaging.Star;
using Platform.Processing.Ctf;
using Platform.Processing.ParticleExport;
using Platform.Processing.Picking;

namespace Platform.Processing.Tests.ParticleExport;

[Collection(nameof(MemoryMeasurementCollection))]
public sealed class RelionParticleStarWriterTests
{
    private static readonly RelionOptics _optics = new(1.06, new MicroscopeOptics(200, 2.7, 0.1), particleRadiusAngstrom: 75);

    private static MicrographParticles Micrograph(int index, int picks) => new()
    {
        MicrographName = $"Micrographs/mic_{index:D5}.mrc",
        DefocusUAngstrom = 15000 + index,
        DefocusVAngstrom = 14500 + index,
        AstigmatismAngleDegrees = 30.5,
        PhaseShiftRadians = Math.PI / 2,
        CtfFitResolutionAngstrom = 4.25,
        CtfScore = 0.31,
        Picks = Enumerable.Range(0, picks).Select(p => new Pick(10 + p, 20 + (2 * p), 0.5)).ToArray(),
    };

    [Fact]
    public void Exported_file_reads_back_with_optics_micrographs_and_particles()
    {
        using var stream = new MemoryStream();
        var (micrographs, particles) = RelionParticleStarWriter.Write(stream, _optics, [Micrograph(1, 3), Micrograph(2, 0), Micrograph(3, 2)]);
        Assert.Equal(3, micrographs);
        Assert.Equal(5, particles);

        stream.Position = 0;
        var doc = StarReader.Read(new StreamReader(stream));
        Assert.Equal(["optics", "micrographs", "particles"], doc.Blocks.Select(b => b.Name));
        var optics = doc.Block("optics").Table;
        Assert.Equal(200, optics.GetDouble(0, "rlnVoltage"));
        Assert.Equal(1.06, optics.GetDouble(0, "rlnImagePixelSize"));
        Assert.Equal(0.1, optics.GetDouble(0, "rlnAmplitudeContrast"));
        Assert.Equal(RelionOptics.BoxSize(75, 1.06), optics.GetInt32(0, "rlnImageSize"));

        var mics = doc.Block("micrographs").Table;
        Assert.Equal(3, mics.RowCount);
        Assert.Equal(15002, mics.GetDouble(1, "rlnDefocusU"));
        Assert.Equal(90, mics.GetDouble(0, "rlnPhaseShift"), 6);

        var rows = doc.Block("particles").Table;
        Assert.Equal(5, rows.RowCount);
        Assert.Equal("Micrographs/mic_00003.mrc", rows.GetString(4, "rlnMicrographName"));
        Assert.Equal(11, rows.GetDouble(4, "rlnCoordinateX"));
        Assert.Equal(22, rows.GetDouble(4, "rlnCoordinateY"));
        Assert.Equal(14503, rows.GetDouble(4, "rlnDefocusV"));
        Assert.Equal(1, rows.GetInt32(4, "rlnOpticsGroup"));
    }

    [Fact]
    public void Without_phase_plate_data_neither_block_has_a_phase_shift_column_and_the_other_ctf_values_stay_in_place()
    {
        using var stream = new MemoryStream();
        RelionParticleStarWriter.Write(stream, _optics with { PhaseShift = false }, [Micrograph(1, 2)]);

        stream.Position = 0;
        var doc = StarReader.Read(new StreamReader(stream));
        foreach (var block in new[] { "micrographs", "particles" })
        {
            var table = doc.Block(block).Table;
            Assert.False(table.HasColumn("rlnPhaseShift"), $"{block} has rlnPhaseShift");
            Assert.Equal(table.Columns.Count, table.Row(0).Count);
            Assert.Equal((14501.0, 30.5, 4.25, 0.31), (table.GetDouble(0, "rlnDefocusV"), table.GetDouble(0, "rlnDefocusAngle"), table.GetDouble(0, "rlnCtfMaxResolution"), table.GetDouble(0, "rlnCtfFigureOfMerit")));
        }
    }

    [Theory]
    [InlineData(75, 1.06, 214)]
    [InlineData(55, 1.0, 166)]
    [InlineData(100, 2.0, 150)]
    public void Box_size_follows_the_particle_radius_and_is_even(double radiusAngstrom, double pixelAngstrom, int expected)
    {
        Assert.Equal(expected, RelionOptics.BoxSize(radiusAngstrom, pixelAngstrom));
    }

    [Fact]
    public void Retained_memory_stays_flat_while_two_hundred_thousand_particles_are_written()
    {
        var path = Path.Combine(Path.GetTempPath(), $"export-{Guid.NewGuid():N}.star");
        long early = 0, late = 0;
        const int count = 2000;
        IEnumerable<MicrographParticles> Stream()
        {
            for (var i = 0; i < count; i++)
            {
                if (i == 100)
                {
                    early = GC.GetTotalMemory(forceFullCollection: true);
                }

                if (i == count - 1)
                {
                    late = GC.GetTotalMemory(forceFullCollection: true);
                }

                yield return Micrograph(i, 100);
            }
        }

        try
        {
            var (_, particles) = RelionParticleStarWriter.Write(path, _optics, Stream());
            Assert.Equal(200_000, particles);
            var growthMb = (late - early) / 1e6;
            TestContext.Current.TestOutputHelper?.WriteLine($"retained memory growth over 190,000 particle rows: {growthMb:F2} MB");
            Assert.True(growthMb < 8, $"retained memory grew by {growthMb:F1} MB while streaming rows");
            Assert.Equal(200_000, StarReader.Read(path).Block("particles").Table.RowCount);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
