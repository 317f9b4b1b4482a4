namespace Platform.Transfer.Reporting;

/// <summary>One line of the transfer track's log.</summary>
public sealed record TransferLogLine(DateTimeOffset At, TransferLogLevel Level, string Message);
