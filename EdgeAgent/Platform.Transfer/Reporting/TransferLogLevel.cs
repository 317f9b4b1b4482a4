namespace Platform.Transfer.Reporting;

/// <summary>How serious a transfer log line is.</summary>
public enum TransferLogLevel
{
    Info,
    Warning,
    Error,
}
