using Platform.Transfer.Reporting;

namespace Platform.Transfer.Uploading;

/// <summary>The result of one upload attempt: its outcome, the upload's figures when it completed, the error otherwise.</summary>
public sealed record UploadAttempt(UploadOutcome Outcome, FileTransferResult? Result, string? Error, string? Sha256);
