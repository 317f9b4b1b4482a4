namespace Platform.Gateway.Agents.Reports;

/// <summary>A report refused before anything was applied; <see cref="Code"/> is the typed error the agent sees.</summary>
public sealed class ReportRejectedException(string code, string message) : Exception(message)
{
    public const string UnknownSession = "UNKNOWN_SESSION";
    public const string Malformed = "MALFORMED_REPORT";
    public const string UnknownGrid = "UNKNOWN_GRID";
    public const string UnknownTarget = "UNKNOWN_TARGET";

    public string Code { get; } = code;
}
