using Platform.Imaging.Images;
using Platform.Imaging.Mrc;
using Platform.Processing.Ctf;
using Platform.Processing.Fourier;
using Platform.Processing.ParticleExport;
using Platform.Processing.Pipeline;

namespace Platform.EdgeAgent.Processing;

/// <summary>
/// The agent's <c>process</c> verb: runs the pre-processing chain on movies or micrographs given on the command line (or every
/// movie in a folder) and writes, per input, frame shifts, CTF values and picks as STAR files, plus one RELION particles.star.
/// Exit codes: 0 all inputs processed, 1 some input failed (each failure is reported), 2 bad command line.
/// </summary>
public static class ProcessCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ProcessOptions options;
        IReadOnlyList<string> files;
        try
        {
            options = ProcessOptions.Parse(args);
            files = options.MovieFiles();
        }
        catch (ProcessUsageException ex)
        {
            await output.WriteLineAsync($"error: {ex.Message}").ConfigureAwait(false);
            await output.WriteLineAsync(ProcessOptions.Usage).ConfigureAwait(false);
            return 2;
        }

        PreprocessingPipeline pipeline;
        try
        {
            pipeline = new PreprocessingPipeline(Settings(options));
        }
        catch (Exception ex) when (ex is FftwNotAvailableException or CorruptImageFileException or IOException or UnauthorizedAccessException)
        {
            await output.WriteLineAsync($"error: {ex.Message}").ConfigureAwait(false);
            return 1;
        }

        var results = new List<MicrographResult>();
        var failures = 0;
        try
        {
            foreach (var file in files)
            {
                ct.ThrowIfCancellationRequested();
                try
                {
                    var result = await Task.Run(() => pipeline.Process(file, ct), ct).ConfigureAwait(false);
                    WriteStarFiles(result, file, options);
                    results.Add(result);
                    await output.WriteLineAsync(Summary(file, result)).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is CorruptImageFileException or IOException or UnauthorizedAccessException or ArgumentException)
                {
                    failures++;
                    await output.WriteLineAsync($"error: {file}: {ex.Message}").ConfigureAwait(false);
                }
            }

            var particlesPath = Path.Combine(options.OutputDirectory, "particles.star");
            var optics = new RelionOptics(options.PixelSizeAngstrom, Optics(options), options.ParticleRadiusAngstrom);
            var (micrographs, particles) = RelionParticleStarWriter.Write(particlesPath, optics, results.Select(ToExport));
            await output.WriteLineAsync($"{micrographs} processed, {failures} failed, {particles} particles in {particlesPath}").ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            await output.WriteLineAsync($"cancelled after {results.Count} of {files.Count} inputs").ConfigureAwait(false);
            return 130;
        }

        return failures == 0 ? 0 : 1;
    }

    private static PreprocessingSettings Settings(ProcessOptions o) => new()
    {
        PixelSizeAngstrom = o.PixelSizeAngstrom,
        Optics = Optics(o),
        ExposurePerFrameElectronsPerAngstromSquared = o.ExposurePerFrameElectronsPerAngstromSquared,
        ParticleRadiusAngstrom = o.ParticleRadiusAngstrom,
        GainReferencePath = o.GainPath,
        OutputDirectory = o.OutputDirectory,
        MaxThreads = o.Threads,
    };

    private static MicroscopeOptics Optics(ProcessOptions o) => new(o.VoltageKilovolts, o.SphericalAberrationMillimeters, o.AmplitudeContrast);

    private static void WriteStarFiles(MicrographResult result, string file, ProcessOptions options)
    {
        var header = MrcFile.ReadHeader(result.AlignedSumPath);
        var stem = Path.Combine(options.OutputDirectory, result.Name);
        ResultStarFiles.WriteShifts(stem + "_shifts.star", result, Path.GetFileName(file), (header.Columns, header.Rows), options.PixelSizeAngstrom);
        ResultStarFiles.WriteCtf(stem + "_ctf.star", result);
    }

    private static MicrographParticles ToExport(MicrographResult r) => new()
    {
        MicrographName = Path.GetFileName(r.AlignedSumPath),
        DefocusUAngstrom = r.DefocusUAngstrom,
        DefocusVAngstrom = r.DefocusVAngstrom,
        AstigmatismAngleDegrees = r.AstigmatismAngleDegrees,
        PhaseShiftRadians = r.PhaseShiftRadians,
        CtfFitResolutionAngstrom = r.CtfFitResolutionAngstrom,
        CtfScore = r.CtfScore,
        Picks = r.Picks,
    };

    private static string Summary(string file, MicrographResult r) => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"{file}: {r.Frames} frames, drift {r.TotalDriftAngstrom:F1} Å, defocus {r.DefocusUAngstrom:F0}/{r.DefocusVAngstrom:F0} Å at {r.AstigmatismAngleDegrees:F1}°, fit {r.CtfFitResolutionAngstrom:F1} Å, {r.ParticleCount} particles");
}
