using SQLitePCL;

namespace Platform.Transfer.Queue;

/// <summary>The agent's transfer queue could not be read or written; <see cref="ResultCode"/> is SQLite's result code.</summary>
public class TransferQueueException : Exception
{
    public TransferQueueException(string path, string message, int resultCode)
        : base(message)
    {
        QueuePath = path;
        ResultCode = resultCode;
    }

    /// <summary>The queue's database file.</summary>
    public string QueuePath { get; }

    /// <summary>SQLite's (extended) result code.</summary>
    public int ResultCode { get; }

    internal static TransferQueueException For(string path, string doing, string detail, int resultCode) =>
        (resultCode & 0xff) == raw.SQLITE_FULL
            ? new TransferQueueFullException(path, $"The transfer queue '{path}' is out of disk space ({doing}): {detail}. Nothing was changed; free space and restart the track.", resultCode)
            : new TransferQueueException(path, $"The transfer queue '{path}' failed {doing}: {detail} (SQLite code {resultCode}).", resultCode);
}
