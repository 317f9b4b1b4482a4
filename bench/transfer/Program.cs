using System.Diagnostics;
using System.Globalization;
using Platform.Blobs.Azure;
using Platform.Transfer.Bench;
using Platform.Transfer.Queue;
using Platform.Transfer.Uploading;

// Uploads every file in FILES_DIR to Azurite with the transfer library's uploader (parallel MD5-checked
// blocks, SHA-256, per-blob SAS, durable queue, sampled read-back), then, unless --no-baseline, the same
// files with `curl -T` (one Put Blob each, same SAS kind) as the baseline; prints MB/s of both, the ratio,
// and this process's CPU time and peak RSS during our upload.
//   Platform.Transfer.Bench ACCOUNT_URI FILES_DIR LABEL [--block-mib N] [--parallel N] [--no-baseline]
var accountUri = new Uri(args[0]);
var filesDir = args[1];
var label = args[2];
var blockMiB = Option("--block-mib", 8);
var parallel = Option("--parallel", 4);
var baseline = !args.Contains("--no-baseline");
var accountKey = Convert.FromBase64String("Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==");
var files = Directory.GetFiles(filesDir).Order(StringComparer.Ordinal).ToList();
var totalBytes = files.Sum(f => new FileInfo(f).Length);

using var http = new HttpClient();
var container = "bench" + Guid.NewGuid().ToString("N")[..10];
var options = new AzureBlobStoreOptions(accountUri, "devstoreaccount1", container);
var platform = new AzureBlobStore(http, options, new AzureSharedKeyAuthorizer("devstoreaccount1", accountKey), TimeProvider.System);
await platform.CreateContainerIfMissingAsync(CancellationToken.None);
var grants = new BenchGrants(http, options, accountKey, "fac/bench/");

var queuePath = Path.Combine(Path.GetTempPath(), $"transfer-bench-{container}.db");
var self = Process.GetCurrentProcess();
var cpuBefore = self.TotalProcessorTime;
var clock = Stopwatch.StartNew();
using (var queue = TransferQueue.Open(queuePath, TimeProvider.System))
{
    var uploader = FileUploader.Create(new UploadSettings { BlockSizeBytes = blockMiB << 20, Parallelism = parallel }, grants, queue, new SilentReporter(), TimeProvider.System);
    foreach (var file in files)
    {
        var info = new FileInfo(file);
        var item = queue.Enqueue(new ReadyFile(file, "ours/" + info.Name, info.Length, new DateTimeOffset(info.LastWriteTimeUtc, TimeSpan.Zero))).Item;
        var attempt = await uploader.TransferAsync(item, CancellationToken.None);
        if (attempt.Outcome != UploadOutcome.Completed)
        {
            throw new InvalidOperationException($"{file}: {attempt.Outcome} {attempt.Error}");
        }
    }
}

var oursSeconds = clock.Elapsed.TotalSeconds;
self.Refresh();
var cpuSeconds = (self.TotalProcessorTime - cpuBefore).TotalSeconds;
var peakRssMiB = self.PeakWorkingSet64 / (1024.0 * 1024.0);
foreach (var leftover in Directory.GetFiles(Path.GetTempPath(), $"transfer-bench-{container}.db*"))
{
    File.Delete(leftover);
}

var mb = totalBytes / 1e6;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{label}] {files.Count} files, {mb:F0} MB, blocks {blockMiB} MiB x {parallel} in flight"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{label}] ours:     {mb / oursSeconds,8:F1} MB/s  ({oursSeconds:F1} s)  CPU {cpuSeconds:F1} s ({100 * cpuSeconds / oursSeconds:F0}% of one core)  peak RSS {peakRssMiB:F0} MiB"));
if (baseline)
{
    clock.Restart();
    foreach (var file in files)
    {
        await CurlPutAsync(file, await grants.PutUriAsync("curl/" + Path.GetFileName(file)));
    }

    var curlSeconds = clock.Elapsed.TotalSeconds;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{label}] curl -T: {mb / curlSeconds,8:F1} MB/s  ({curlSeconds:F1} s)"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{label}] ratio ours/curl: {100 * curlSeconds / oursSeconds:F0}% (aim >= 80%)"));
}

await platform.DeleteByPrefixAsync("fac/bench/", CancellationToken.None);

int Option(string name, int fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
}

static async Task CurlPutAsync(string file, Uri url)
{
    var curl = new ProcessStartInfo("curl") { UseShellExecute = false, RedirectStandardOutput = true };
    foreach (var argument in new[] { "-sS", "--fail", "-o", "/dev/null", "-T", file, "-H", "x-ms-blob-type: BlockBlob", "-H", "x-ms-version: " + AzureBlobStoreOptions.ApiVersion, url.ToString() })
    {
        curl.ArgumentList.Add(argument);
    }

    using var process = Process.Start(curl)!;
    await process.WaitForExitAsync();
    if (process.ExitCode != 0)
    {
        throw new InvalidOperationException($"curl -T {file} failed ({process.ExitCode})");
    }
}
