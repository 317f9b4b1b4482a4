namespace Platform.Transfer.Queue;

/// <summary>How many files the queue holds in each state, and their total bytes.</summary>
public sealed record QueueCounts(int Queued, int Started, int Completed, int Error, int Skipped, int Duplicates, long CompletedBytes, long PendingBytes);
