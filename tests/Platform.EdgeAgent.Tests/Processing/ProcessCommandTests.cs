using System.Globalization;
using Platform.EdgeAgent.Processing;
using Platform.Imaging.Mrc;
using Platform.Imaging.Star;
using Platform.Imaging.Tiff;
using Platform.Processing.Ctf;
using Platform.Processing.Simulation;

namespace Platform.EdgeAgent.Tests.Processing;

public sealed class ProcessCommandTests : IDisposable
{
    private const double PixelAngstrom = 1.5;
    private static readonly DefocusParameters _truth = new(16000, 15000, 30);
    private readonly string _folder = Directory.CreateTempSubdirectory("process-command-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task A_folder_of_a_tiff_movie_and_an_mrc_micrograph_yields_shifts_ctf_and_particle_star_files()
    {
        var input = Directory.CreateDirectory(Path.Combine(_folder, "frames")).FullName;
        var (movie, trajectory) = Movie(frames: 10, seed: 5);
        TiffWriter.Write(Path.Combine(input, "movie_a.tif"), movie, new TiffWriteOptions { Compression = TiffCompression.Lzw, BitsPerSample = 8 });
        MrcWriter.Write(Path.Combine(input, "micrograph_b.mrc"), Movie(frames: 1, seed: 6).Movie);
        File.WriteAllText(Path.Combine(input, "notes.txt"), "not a movie");
        var output = Path.Combine(_folder, "out");

        var (code, text) = await Run(input, "--pixel-size-angstrom", "1.5", "--particle-radius-angstrom", "55", "--voltage-kv", "300", "--cs-mm", "2.7",
            "--exposure-per-frame", "1", "--output", output);

        Assert.True(code == 0, text);
        Assert.Contains("2 processed, 0 failed", text, StringComparison.Ordinal);
        var shifts = StarReader.Read(Path.Combine(output, "movie_a_shifts.star"));
        Assert.Equal("movie_a.tif", shifts.Block("general").Value("rlnMicrographMovieName"));
        var table = shifts.Block("global_shift").Table;
        Assert.Equal(10, table.RowCount);
        var rmsError = Math.Sqrt(Enumerable.Range(0, 10).Average(i =>
            Math.Pow(table.GetDouble(i, "rlnMicrographShiftX") - trajectory[i].X, 2) + Math.Pow(table.GetDouble(i, "rlnMicrographShiftY") - trajectory[i].Y, 2)));
        TestContext.Current.TestOutputHelper?.WriteLine(text + $"shift RMS error vs truth: {rmsError:F3} px");
        Assert.True(rmsError < 0.5, $"shift RMS error {rmsError:F3} px");

        foreach (var name in new[] { "movie_a", "micrograph_b" })
        {
            var ctf = StarReader.Read(Path.Combine(output, name + "_ctf.star")).Block("micrographs").Table;
            var mean = 0.5 * (ctf.GetDouble(0, "rlnDefocusU") + ctf.GetDouble(0, "rlnDefocusV"));
            Assert.Equal(_truth.MeanDefocusAngstrom, mean, _truth.MeanDefocusAngstrom * 0.03);
        }

        var particles = StarReader.Read(Path.Combine(output, "particles.star"));
        Assert.Equal(2, particles.Block("micrographs").Table.RowCount);
        Assert.Equal(Platform.Processing.ParticleExport.RelionOptics.BoxSize(55, PixelAngstrom), particles.Block("optics").Table.GetInt32(0, "rlnImageSize"));
        var picks = particles.Block("particles").Table;
        Assert.InRange(picks.RowCount, 20, 80);
        var picksFile = StarReader.Read(Path.Combine(output, "movie_a_picks.star")).Blocks[0].Table;
        Assert.Equal(picks.RowCount, picksFile.RowCount + StarReader.Read(Path.Combine(output, "micrograph_b_picks.star")).Blocks[0].Table.RowCount);
    }

    [Fact]
    public async Task A_corrupt_movie_is_reported_by_name_and_the_exit_code_is_one_while_good_ones_are_still_processed()
    {
        var good = Path.Combine(_folder, "good.mrc");
        MrcWriter.Write(good, Movie(frames: 1, seed: 7).Movie);
        var bad = Path.Combine(_folder, "bad.mrc");
        File.WriteAllBytes(bad, File.ReadAllBytes(good)[..5000]);

        var (code, text) = await Run(bad, good, "--pixel-size-angstrom", "1.5", "--particle-radius-angstrom", "55", "--output", Path.Combine(_folder, "out"));

        Assert.Equal(1, code);
        Assert.Contains($"error: {bad}: ", text, StringComparison.Ordinal);
        Assert.Contains("truncated", text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("1 processed, 1 failed", text, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_folder, "out", "good_ctf.star")));
    }

    [Theory]
    [InlineData("--particle-radius-angstrom 55", "--pixel-size-angstrom is required")]
    [InlineData("--pixel-size-angstrom abc --particle-radius-angstrom 55", "--pixel-size-angstrom must be a number")]
    [InlineData("--pixel-size-angstrom 1 --particle-radius-angstrom 55 --speed fast", "unknown option --speed")]
    [InlineData("--pixel-size-angstrom 1 --particle-radius-angstrom", "needs a value")]
    [InlineData("--pixel-size-angstrom 1 --particle-radius-angstrom 55 --gain /nonexistent/gain.mrc", "does not exist")]
    public async Task A_bad_command_line_prints_the_reason_and_usage_and_exits_with_two(string options, string reason)
    {
        var input = Path.Combine(_folder, "x.mrc");
        MrcWriter.Write(input, Movie(frames: 1, seed: 8).Movie);
        var (code, text) = await Run([input, .. options.Split(' ')]);
        Assert.Equal(2, code);
        Assert.Contains(reason, text, StringComparison.Ordinal);
        Assert.Contains("usage:", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_input_or_a_folder_without_movies_exits_with_two()
    {
        var (code, text) = await Run(Path.Combine(_folder, "missing.tif"), "--pixel-size-angstrom", "1", "--particle-radius-angstrom", "50");
        Assert.Equal(2, code);
        Assert.Contains("does not exist", text, StringComparison.Ordinal);

        var empty = Directory.CreateDirectory(Path.Combine(_folder, "empty")).FullName;
        (code, text) = await Run(empty, "--pixel-size-angstrom", "1", "--particle-radius-angstrom", "50");
        Assert.Equal(2, code);
        Assert.Contains("hold no", text, StringComparison.Ordinal);
    }

    private static async Task<(int Code, string Output)> Run(params string[] args)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        var code = await ProcessCommand.RunAsync(args, output, TestContext.Current.CancellationToken);
        return (code, output.ToString());
    }

    private static (Platform.Imaging.Images.ImageStack Movie, (double X, double Y)[] Trajectory) Movie(int frames, int seed)
    {
        var particle = ParticleTemplate.ProjectAlongZ(MrcFile.Read(SharedDataPath("mrcfile/EMD-3197.map")).Stack, PixelAngstrom * 2);
        var specimen = SyntheticMicrograph.Render(new SyntheticMicrographSpec
        {
            Width = 768, Height = 768, PixelSizeAngstrom = PixelAngstrom, Defocus = _truth, Particle = particle,
            ParticleCount = 20, MinimumSeparationPixels = particle.Width, Seed = seed,
        });
        var trajectory = SyntheticMovie.RandomWalk(frames, 0.6, -0.4, 0.2, seed);
        var dose = frames == 1 ? 30 : 2.0;
        return (SyntheticMovie.Generate(specimen.Intensity, trajectory, dose * PixelAngstrom * PixelAngstrom, seed), trajectory);
    }

    private static string SharedDataPath(string relative)
    {
        // The shared data folder sits beside the checkout (../shared/data) or beside the worktrees' folder (../../shared/data).
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "shared", "data", relative);
            if (File.Exists(path))
            {
                return path;
            }
        }

        throw new FileNotFoundException($"Shared test data file {relative} not found above {AppContext.BaseDirectory}.");
    }
}
