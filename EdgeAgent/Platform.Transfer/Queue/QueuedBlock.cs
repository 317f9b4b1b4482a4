namespace Platform.Transfer.Queue;

/// <summary>A block of a queued file that storage has accepted: its position, id, MD5 and size.</summary>
public sealed record QueuedBlock(int Index, string BlockId, byte[] Md5, int LengthBytes);
