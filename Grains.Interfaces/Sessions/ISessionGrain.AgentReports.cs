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
}
