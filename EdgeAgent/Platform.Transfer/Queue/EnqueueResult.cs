namespace Platform.Transfer.Queue;

/// <summary>The outcome of offering a file to the queue, the entry holding its blob name, and the duplicate when there was one.</summary>
public sealed record EnqueueResult(EnqueueOutcome Outcome, TransferItem Item, DuplicateFile? Duplicate);
