using Platform.Imaging.Images;
using Platform.Imaging.Mrc;
using Platform.Imaging.Tiff;
using Platform.Processing.Ctf;
using Platform.Processing.Pipeline;
using Platform.Processing.Simulation;
using Platform.Processing.Tests.Data;

namespace Platform.Processing.Tests.Pipeline;

public sealed class PreprocessingPipelineTests
{
    [Fact]
    public void A_gain_corrupted_tiff_movie_runs_through_the_whole_chain()
    {
        var folder = Directory.CreateTempSubdirectory("pipeline-").FullName;
        try
        {
            const double pixel = 1.5;
            var truth = new DefocusParameters(15500, 14500, 35);
            var particle = ParticleTemplate.ProjectAlongZ(MrcFile.Read(SharedData.PathOf("mrcfile/EMD-3197.map")).Stack, pixel * 2);
            var specimen = SyntheticMicrograph.Render(new SyntheticMicrographSpec
            {
                Width = 1024, Height = 1024, PixelSizeAngstrom = pixel, Defocus = truth, Particle = particle,
                ParticleCount = 30, MinimumSeparationPixels = particle.Width, Seed = 3,
            });
            var trajectory = SyntheticMovie.RandomWalk(20, 0.5, 0.3, 0.2, 3);
            var movie = SyntheticMovie.Generate(specimen.Intensity, trajectory, 1.5 * pixel * pixel, 3);

            // The detector's gain: frames are recorded divided by it; a few dead pixels in the reference.
            var rng = new Random(4);
            var gain = new Image2D(1024, 1024, Enumerable.Range(0, 1024 * 1024).Select(_ => (float)(0.8 + (0.4 * rng.NextDouble()))).ToArray(), pixel);
            gain.Pixels[10] = 0;
            gain.Pixels[20] = float.NaN;
            for (var z = 0; z < movie.Count; z++)
            {
                var f = movie.SectionPixels(z);
                for (var i = 0; i < f.Length; i++)
                {
                    f[i] /= float.IsFinite(gain.Pixels[i]) && gain.Pixels[i] > 0 ? gain.Pixels[i] : 1;
                }
            }

            var moviePath = Path.Combine(folder, "movie_001.tif");
            TiffWriter.Write(moviePath, movie, new TiffWriteOptions { Compression = TiffCompression.Deflate, BitsPerSample = 32 });
            var gainPath = Path.Combine(folder, "gain.mrc");
            MrcWriter.Write(gainPath, gain);

            var pipeline = new PreprocessingPipeline(new PreprocessingSettings
            {
                PixelSizeAngstrom = pixel,
                ExposurePerFrameElectronsPerAngstromSquared = 1.5,
                ParticleRadiusAngstrom = 55,
                GainReferencePath = gainPath,
                OutputDirectory = Path.Combine(folder, "out"),
                AlignmentSizePixels = 512,
            });
            var result = pipeline.Process(moviePath, TestContext.Current.CancellationToken);

            var trueDrift = Enumerable.Range(1, 19).Sum(i => Math.Sqrt(Math.Pow(trajectory[i].X - trajectory[i - 1].X, 2) + Math.Pow(trajectory[i].Y - trajectory[i - 1].Y, 2))) * pixel;
            TestContext.Current.TestOutputHelper?.WriteLine($"drift {result.TotalDriftAngstrom:F1} Å (truth {trueDrift:F1}), defocus {result.DefocusUAngstrom:F0}/{result.DefocusVAngstrom:F0}, fit {result.CtfFitResolutionAngstrom:F1} Å, {result.ParticleCount} picks, ice {result.IceThicknessLogRatio:F3}; "
                + string.Join(", ", result.StageTimes.Select(t => $"{t.Stage} {t.Milliseconds:F0} ms")));
            Assert.Equal("movie_001", result.Name);
            Assert.Equal(20, result.Frames);
            Assert.InRange(result.TotalDriftAngstrom, trueDrift * 0.8, trueDrift * 1.3);
            Assert.Equal(truth.MeanDefocusAngstrom, 0.5 * (result.DefocusUAngstrom + result.DefocusVAngstrom), truth.MeanDefocusAngstrom * 0.03);
            Assert.InRange(result.ParticleCount, 15, 45);
            Assert.InRange(result.IceThicknessLogRatio, -0.05, 0.05);
            Assert.Equal(20, result.DriftTraceAngstrom.Count);
            Assert.Equal(["read", "gain", "align+dose-weight", "ctf+pick", "outputs"], result.StageTimes.Select(t => t.Stage));
            Assert.Equal(result.StageTimes.Select(t => t.Stage), result.StageCpuTimes.Select(t => t.Stage));
            Assert.All(result.StageCpuTimes, t => Assert.True(t.Milliseconds >= 0, $"{t.Stage} CPU time {t.Milliseconds} ms"));
            Assert.Equal(1024, MrcFile.ReadHeader(result.AlignedSumPath).Columns);
            Assert.True(new FileInfo(result.ThumbnailPngPath).Length > 100);
            Assert.True(new FileInfo(result.PowerSpectrumPngPath).Length > 100);
            var pickLines = File.ReadAllLines(result.PicksPath).Where(l => l.Length > 0 && char.IsDigit(l[0])).ToArray();
            Assert.Equal(result.ParticleCount, pickLines.Length);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_corrupt_movie_fails_with_a_typed_error_and_writes_nothing()
    {
        var folder = Directory.CreateTempSubdirectory("pipeline-bad-").FullName;
        try
        {
            var bad = Path.Combine(folder, "bad.tif");
            File.WriteAllBytes(bad, [(byte)'I', (byte)'I', 42, 0, 200, 0, 0, 0]);
            var output = Path.Combine(folder, "out");
            var pipeline = new PreprocessingPipeline(new PreprocessingSettings { PixelSizeAngstrom = 1, ParticleRadiusAngstrom = 50, OutputDirectory = output });
            Assert.Throws<CorruptImageFileException>(() => pipeline.Process(bad, TestContext.Current.CancellationToken));
            Assert.Empty(Directory.GetFiles(output));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_cancelled_movie_throws_and_leaves_no_outputs()
    {
        var folder = Directory.CreateTempSubdirectory("pipeline-cancel-").FullName;
        try
        {
            var rng = new Random(5);
            var frames = Enumerable.Range(0, 4).Select(_ => Enumerable.Range(0, 256 * 256).Select(_ => (float)rng.Next(0, 3)).ToArray());
            var movie = new ImageStack(256, 256, frames, 1.0);
            var path = Path.Combine(folder, "movie.mrc");
            MrcWriter.Write(path, movie);
            var output = Path.Combine(folder, "out");
            var pipeline = new PreprocessingPipeline(new PreprocessingSettings { PixelSizeAngstrom = 1, ParticleRadiusAngstrom = 30, OutputDirectory = output });
            using var stop = new CancellationTokenSource();
            stop.Cancel();

            Assert.Throws<OperationCanceledException>(() => pipeline.Process(movie, "in_memory", stop.Token));
            Assert.Throws<OperationCanceledException>(() => pipeline.Process(path, stop.Token));
            Assert.Empty(Directory.GetFiles(output));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void An_output_write_failure_surfaces_as_its_own_io_error_not_an_aggregate()
    {
        var folder = Directory.CreateTempSubdirectory("pipeline-unwritable-").FullName;
        try
        {
            var rng = new Random(6);
            var frames = Enumerable.Range(0, 4).Select(_ => Enumerable.Range(0, 512 * 512).Select(_ => (float)rng.Next(0, 3)).ToArray());
            var movie = new ImageStack(512, 512, frames, 1.0);
            var output = Path.Combine(folder, "out");
            var pipeline = new PreprocessingPipeline(new PreprocessingSettings { PixelSizeAngstrom = 1, ParticleRadiusAngstrom = 30, OutputDirectory = output });

            // The outputs are written in parallel; a file where the output folder should be makes every write fail.
            Directory.Delete(output);
            File.WriteAllText(output, "not a folder");

            var error = Assert.ThrowsAny<IOException>(() => pipeline.Process(movie, "blocked", TestContext.Current.CancellationToken));
            TestContext.Current.TestOutputHelper?.WriteLine($"{error.GetType().Name}: {error.Message}");
            Assert.Equal("not a folder", File.ReadAllText(output));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
