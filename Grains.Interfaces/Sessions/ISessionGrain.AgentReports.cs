namespace Platform.Grains.Sessions;

/// <summary>
/// Agent reports applied to the session. Each is applied with its idempotency key in the same write, so a resent
/// report is a no-op (the method returns false); a report the session refuses throws and changes nothing.
/// </summary>
public partial interface ISessionGrain
{
    Task<bool> ApplyRunStateReportAsync(SessionRunState state, string? message, string reportKey);

    Task<bool> ApplyLogReportAsync(LogPanel panel, string message, string reportKey);

    /// <summary><paramref name="kind"/> is the agent's notification kind (e.g. <c>StopSignalReceived</c>, <c>PausePrompt</c>).</summary>
    Task<bool> ApplyNotificationReportAsync(string kind, string message, string reportKey);

    /// <summary>
    /// Adds one to <paramref name="counter"/> for the report <paramref name="reportKey"/> that another grain applied (an acquisition,
    /// a grid completed, ...); false when that report was already counted. Call it after the other grain applied the report, also
    /// when that grain answered "duplicate": a crash between the two calls leaves the report to be resent, and it is counted then.
    /// </summary>
    Task<bool> CountReportAsync(SessionCounter counter, string reportKey);
}
