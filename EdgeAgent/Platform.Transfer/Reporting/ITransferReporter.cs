using Platform.Transfer.Queue;
using Platform.Transfer.Track;

namespace Platform.Transfer.Reporting;

/// <summary>Receives what the transfer track does; the platform link implements it (outbox, GraphQL status).</summary>
/// <remarks>Called from the track's worker and upload tasks, sometimes concurrently: implementations must be thread safe, quick, and must not throw.</remarks>
public interface ITransferReporter
{
    /// <summary>A complete file entered the durable queue.</summary>
    void FileQueued(TransferItem item);

    /// <summary>Another block of the current file is in storage.</summary>
    void Progress(TransferProgress progress);

    /// <summary>A file is committed and verified in storage.</summary>
    void FileCompleted(TransferItem item, FileTransferResult result);

    /// <summary>An attempt failed; <paramref name="willRetry"/> says whether the file stays queued for another.</summary>
    void FileFailed(TransferItem item, string error, bool willRetry);

    /// <summary>A file was not queued because its blob name is already taken by a different file or content.</summary>
    void DuplicateFound(DuplicateFile duplicate);

    /// <summary>The track's state changed.</summary>
    void StatusChanged(TrackStatus status);

    /// <summary>A line for the track's log.</summary>
    void Log(TransferLogLine line);
}
