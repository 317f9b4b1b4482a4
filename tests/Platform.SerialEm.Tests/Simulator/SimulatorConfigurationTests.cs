using Platform.MicroscopeSimulator.CommandLine;
using Platform.MicroscopeSimulator.Faults;
using Platform.MicroscopeSimulator.Fourier;
using Platform.MicroscopeSimulator.Specimen;

namespace Platform.SerialEm.Tests.Simulator;

public sealed class SimulatorConfigurationTests
{
    [Fact]
    public void Command_line_sets_every_option_and_collects_faults()
    {
        var options = SimulatorCommandLine.Parse(["--port", "5000", "--data", "/tmp/x", "--speed", "2.5", "--grids", "6", "--seed", "9",
            "--exposure-size", "512", "--frame-size", "256", "--frames", "10", "--no-delays", "--fault", "any:slow:1.5", "--fault", "MoveStageTo:drop"]);

        Assert.Equal((5000, "/tmp/x", 2.5, 6, 9), (options.Port, options.DataDirectory, options.SpeedFactor, options.GridCount, options.Seed));
        Assert.Equal((512, 256, 10), (options.ExposureSizePixels, options.FrameSizePixels, options.FrameCount));
        Assert.Equal(0, options.Delays.ExposureSeconds);
        Assert.Equal(new ScriptedFault(null, FaultKind.SlowReply, Delay: TimeSpan.FromSeconds(1.5)), options.Faults[0]);
        Assert.Equal(FaultKind.DropConnection, options.Faults[1].Kind);
        Assert.Equal(48888, SimulatorCommandLine.Parse([]).Port);
    }

    [Theory]
    [InlineData("--speed", "0")]
    [InlineData("--port", "abc")]
    [InlineData("--fault", "Record")]
    [InlineData("--fault", "Record:explode")]
    [InlineData("--grids")]
    public void Bad_command_lines_are_format_errors(params string[] args) =>
        Assert.Throws<FormatException>(() => SimulatorCommandLine.Parse(args));

    [Fact]
    public void Frames_larger_than_the_exposure_and_non_power_of_two_exposures_are_refused()
    {
        Assert.Throws<FormatException>(() => SimulatorCommandLine.Parse(["--exposure-size", "256", "--frame-size", "512"]));
        Assert.Throws<FormatException>(() => SimulatorCommandLine.Parse(["--exposure-size", "1000", "--frame-size", "500"]));
        Assert.Throws<ArgumentException>(() => new Platform.MicroscopeSimulator.Commands.SimulatedMicroscope(
            new Platform.MicroscopeSimulator.SimulatorOptions { ExposureSizePixels = 1000, DataDirectory = Path.GetTempPath() }));
    }

    [Fact]
    public void Fault_plan_consumes_counted_faults_in_order()
    {
        var plan = new FaultPlan([new ScriptedFault("Record", FaultKind.CommandError, Count: 2), new ScriptedFault(null, FaultKind.Busy)]);

        Assert.Equal(FaultKind.CommandError, plan.TakeFor("record")?.Kind);
        Assert.Equal(FaultKind.Busy, plan.TakeFor("View")?.Kind);
        Assert.Equal(FaultKind.CommandError, plan.TakeFor("Record")?.Kind);
        Assert.Null(plan.TakeFor("Record"));
    }

    [Theory]
    [InlineData("R1.2/1.3", 1.2, 2.5)]
    [InlineData("R2/1", 2.0, 3.0)]
    public void Hole_types_parse_to_diameter_and_pitch(string text, double diameter, double pitch)
    {
        var type = HoleType.Parse(text);
        Assert.Equal((diameter, pitch), (type.DiameterMicrons, type.PitchMicrons));
        Assert.Equal(text, type.Name);
    }

    [Fact]
    public void Fft_of_a_delta_is_flat_and_the_inverse_restores_the_image()
    {
        var re = new double[16 * 16];
        var im = new double[16 * 16];
        re[(3 * 16) + 5] = 1;
        var original = (double[])re.Clone();

        Fft2D.Transform(re, im, 16, inverse: false);
        Assert.All(re.Zip(im), c => Assert.Equal(1.0, Math.Sqrt((c.First * c.First) + (c.Second * c.Second)), 12));
        Fft2D.Transform(re, im, 16, inverse: true);

        Assert.All(re.Zip(original), p => Assert.Equal(p.Second, p.First, 12));
        Assert.Throws<ArgumentException>(() => Fft2D.Transform(new double[9], new double[9], 3, false));
    }

    [Fact]
    public void Seeded_randomness_is_stable_and_in_range()
    {
        Assert.Equal(SeededRandom.Unit(1, 2, 3), SeededRandom.Unit(1, 2, 3));
        Assert.NotEqual(SeededRandom.Unit(1, 2, 3), SeededRandom.Unit(1, 3, 2));
        Assert.All(Enumerable.Range(0, 1000), i => Assert.InRange(SeededRandom.Unit(5, i), 0, 1));
    }
}
