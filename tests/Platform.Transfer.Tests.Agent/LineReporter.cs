using Platform.Transfer.Queue;
using Platform.Transfer.Reporting;
using Platform.Transfer.Track;

namespace Platform.Transfer.Tests.Agent;

/// <summary>Writes the events the kill test reads to stdout, one line each.</summary>
internal sealed class LineReporter : ITransferReporter
{
    private readonly TextWriter _out = TextWriter.Synchronized(Console.Out);

    public void FileQueued(TransferItem item) => Write($"queued {item.BlobName}");

    public void Progress(TransferProgress progress) => Write($"progress {progress.BytesSent} {progress.BytesReused}");

    public void FileCompleted(TransferItem item, FileTransferResult result) => Write($"completed {result.BytesSent} {result.BytesReused}");

    public void FileFailed(TransferItem item, string error, bool willRetry) => Write($"failed {error}");

    public void DuplicateFound(DuplicateFile duplicate) => Write($"duplicate {duplicate.BlobName}");

    public void StatusChanged(TrackStatus status) => Write($"state {status.State}");

    public void Log(TransferLogLine line) => Console.Error.WriteLine(line.Message);

    private void Write(string line)
    {
        _out.WriteLine(line);
        _out.Flush();
    }
}
