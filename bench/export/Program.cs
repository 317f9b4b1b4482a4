using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Platform.Export.Bench;
using Platform.Grains.Exports;
using Platform.Processing.Ctf;
using Platform.Processing.ParticleExport;
using Platform.Processing.Picking;
using Platform.Silo.SessionData;
using Platform.Silo.SessionData.Exports;

// STAR export of N micrographs × P particles: the platform's streaming export (picks read from the session's files,
// RELION STAR streamed into a blob) beside a baseline measured in the same run (the same rows formatted to Stream.Null).
var micrographs = Argument("--micrographs", 100_000);
var perMicrograph = Argument("--particles-per-micrograph", 50);
var root = Directory.CreateTempSubdirectory("export-bench-").FullName;
try
{
    var backend = BlobBackend.FileSystem(Path.Combine(root, "blobs"), TimeProvider.System);
    var store = new BlobSessionDataStore(backend);
    var optics = new StarExportOptics("k3", 0.83, 300, 2.7, 0.07, 90);
    Console.WriteLine($"STAR export bench: {micrographs:N0} micrographs × {perMicrograph} particles = {(long)micrographs * perMicrograph:N0} particles; {Environment.ProcessorCount} cores");

    var setup = Stopwatch.StartNew();
    await Parallel.ForAsync(0, micrographs, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, ct) =>
    {
        using var picks = new MemoryStream(PicksText(i, perMicrograph));
        await store.WriteFileAsync("fac", "s1", PicksPath(i), picks, ct);
    });
    Console.WriteLine($"setup: {micrographs:N0} picks files written in {setup.Elapsed.TotalSeconds:F1} s; RSS after setup {Process.GetCurrentProcess().WorkingSet64 / (1024.0 * 1024.0):F0} MiB");

    var relion = new RelionOptics(optics.PixelSizeAngstrom, new MicroscopeOptics(300, 2.7, 0.07), optics.ParticleRadiusAngstrom, optics.GroupName);
    var baselinePicks = Enumerable.Range(0, perMicrograph).Select(p => new Pick(100 + (p * 37.5), 200 + (p * 21.25), 0.5)).ToArray();
    GC.Collect();
    var baseline = await MeasureAsync(() => Task.FromResult(RelionParticleStarWriter.Write(Stream.Null, relion, Enumerable.Range(0, micrographs).Select(i => new MicrographParticles
    {
        MicrographName = $"mic_{i:D6}_sum_dw.mrc", DefocusUAngstrom = 15_000, DefocusVAngstrom = 14_500, AstigmatismAngleDegrees = 30,
        CtfFitResolutionAngstrom = 3.5, CtfScore = 0.2, Picks = baselinePicks,
    })).Particles));
    Console.WriteLine($"baseline (same rows formatted to Stream.Null, no I/O): {baseline.Seconds:F1} s wall, {baseline.CpuSeconds:F1} s CPU, {baseline.Value / baseline.Seconds:N0} particles/s, peak RSS {baseline.PeakMiB:F0} MiB; load {LoadAverage()}");

    GC.Collect();
    var writer = new RelionStarExportWriter(store);
    var export = await MeasureAsync(async () =>
    {
        var result = await writer.WriteAsync("fac", "s1", "exports/bench.star", optics, Micrographs(micrographs), new StarExportCounters(), CancellationToken.None);
        return result.Particles;
    });
    var file = await store.GetFileAsync("fac", "s1", "exports/bench.star", CancellationToken.None);
    Console.WriteLine($"export (picks read from blobs, STAR streamed to a blob): {export.Seconds:F1} s wall, {export.CpuSeconds:F1} s CPU, {export.Value / export.Seconds:N0} particles/s, "
        + $"peak RSS {export.PeakMiB:F0} MiB, {file!.SizeBytes / (1024.0 * 1024.0):F0} MiB written; {export.Seconds / baseline.Seconds:F1}× the baseline's wall time; load {LoadAverage()}");
}
finally
{
    Directory.Delete(root, recursive: true);
}

static async Task<(double Seconds, long Value, double PeakMiB, double CpuSeconds)> MeasureAsync(Func<Task<long>> work)
{
    await using var memory = new PeakMemory();
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    var clock = Stopwatch.StartNew();
    var value = await work();
    return (clock.Elapsed.TotalSeconds, value, memory.PeakMiB, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds);
}

static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

static async IAsyncEnumerable<ExportedMicrograph> Micrographs(int count, [EnumeratorCancellation] CancellationToken cancellationToken = default)
{
    for (var i = 0; i < count; i++)
    {
        cancellationToken.ThrowIfCancellationRequested();
        yield return new ExportedMicrograph($"mic_{i:D6}_sum_dw.mrc", 15_000 + (i % 1000), 14_500, 30, 0, 3.5, 0.2, PicksPath(i));
    }

    await Task.CompletedTask;
}

static string PicksPath(int i) => $"preprocessing/mic_{i:D6}_picks.star";

static byte[] PicksText(int seed, int count)
{
    var text = new StringBuilder("data_\n\nloop_\n_rlnCoordinateX #1\n_rlnCoordinateY #2\n_rlnAutopickFigureOfMerit #3\n");
    for (var p = 0; p < count; p++)
    {
        text.Append(CultureInfo.InvariantCulture, $"{100 + (p * 37.5) + (seed % 10):F2} {200 + (p * 21.25):F2} 0.5000\n");
    }

    return Encoding.UTF8.GetBytes(text.ToString());
}

int Argument(string name, int fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
}
