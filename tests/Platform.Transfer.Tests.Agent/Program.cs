using System.Globalization;
using Platform.Blobs.Azure;
using Platform.Transfer.Queue;
using Platform.Transfer.Tests.Agent;
using Platform.Transfer.Tests.Fixtures;
using Platform.Transfer.Track;
using Platform.Transfer.Uploading;
using Platform.Transfer.Watching;

// The transfer track in a process of its own, so a test can SIGKILL it mid-upload:
//   Platform.Transfer.Tests.Agent QUEUE FOLDER ACCOUNT_URI CONTAINER PREFIX BLOCK_BYTES PACE_MS
// Prints "progress SENT REUSED" per staged block and "completed SENT REUSED" per file, then runs until killed.
var queuePath = args[0];
var folder = args[1];
var options = new AzureBlobStoreOptions(new Uri(args[2]), "devstoreaccount1", args[3]);
var prefix = args[4];
var blockBytes = int.Parse(args[5], CultureInfo.InvariantCulture);
var pace = TimeSpan.FromMilliseconds(int.Parse(args[6], CultureInfo.InvariantCulture));
var accountKey = Convert.FromBase64String("Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==");

using var http = new HttpClient();
using var queue = TransferQueue.Open(queuePath, TimeProvider.System);
var grants = new AzuriteGrantSource(http, options, accountKey, prefix, TimeSpan.FromHours(1), TimeProvider.System)
{
    Wrap = store => new PacedBlobStore(store, pace),
};
var trackOptions = new TransferTrackOptions(
    new WatchOptions(folder) { StableFor = TimeSpan.FromMilliseconds(100), ScanInterval = TimeSpan.FromMilliseconds(100) },
    new UploadSettings { BlockSizeBytes = blockBytes, Parallelism = 2 });
await using var track = new TransferTrack(trackOptions, queue, grants, new LineReporter(), TimeProvider.System);
await track.StartAsync(CancellationToken.None);
Console.Out.WriteLine("ready");
await Task.Delay(Timeout.Infinite);
