using Platform.Transfer.Queue;
using Platform.Transfer.Reporting;
using Platform.Transfer.Track;

namespace Platform.Transfer.Bench;

/// <summary>Discards progress; prints failures and warnings, which a clean benchmark run never has.</summary>
internal sealed class SilentReporter : ITransferReporter
{
    public void FileQueued(TransferItem item)
    {
    }

    public void Progress(TransferProgress progress)
    {
    }

    public void FileCompleted(TransferItem item, FileTransferResult result)
    {
    }

    public void FileFailed(TransferItem item, string error, bool willRetry) => Console.Error.WriteLine($"FAILED {item.BlobName}: {error}");

    public void DuplicateFound(DuplicateFile duplicate) => Console.Error.WriteLine($"DUPLICATE {duplicate.BlobName}");

    public void StatusChanged(TrackStatus status)
    {
    }

    public void Log(TransferLogLine line)
    {
        if (line.Level != TransferLogLevel.Info)
        {
            Console.Error.WriteLine(line.Message);
        }
    }
}
