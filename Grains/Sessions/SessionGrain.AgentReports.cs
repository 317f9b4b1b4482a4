using Platform.Grains.Errors;

namespace Platform.Grains.Sessions;

/// <summary>
/// Agent reports: run states, log lines and notifications. The report's idempotency key is written in the same
/// transaction as its effect (the state and its events), so after any crash a report is either fully applied and
/// remembered, or not applied at all.
/// </summary>
public sealed partial class SessionGrain
{
    /// <summary>How many applied report keys the session remembers; larger than the agent's largest batch.</summary>
    public const int AppliedReportKeyWindow = 1024;

    /// <summary>Counted reports are remembered under their own prefix, apart from the session's own reports.</summary>
    private const string CountedKeyPrefix = "counted/";

    public Task<bool> ApplyRunStateReportAsync(SessionRunState reported, string? message, string reportKey) =>
        ApplyOnceAsync(reportKey, () => ReportRunStateAsync(reported, message));

    public Task<bool> ApplyLogReportAsync(LogPanel panel, string message, string reportKey) =>
        ApplyOnceAsync(reportKey, async () =>
        {
            if (string.IsNullOrWhiteSpace(message) || message.Length > 4000)
            {
                throw new InvalidInputException([new("message", "must be 1 to 4000 characters")]);
            }

            RememberTrackLog(panel, message);
            await SaveAsync(Event(SessionEventKind.Log, message, panel));
        });

    public Task<bool> ApplyNotificationReportAsync(string kind, string message, string reportKey) =>
        ApplyOnceAsync(reportKey, async () =>
        {
            if (string.IsNullOrWhiteSpace(message) || message.Length > 4000)
            {
                throw new InvalidInputException([new("message", "must be 1 to 4000 characters")]);
            }

            var eventKind = kind == "PausePrompt" ? SessionEventKind.PausePrompt : SessionEventKind.Notification;
            await SaveAsync(Event(eventKind, message, detail: kind));
        });

    public Task<bool> CountReportAsync(SessionCounter counter, string reportKey) =>
        ApplyOnceAsync(CountedKeyPrefix + reportKey, async () =>
        {
            var c = S.Counters;
            S.Counters = counter switch
            {
                SessionCounter.GridsCompleted => c with { GridsCompleted = c.GridsCompleted + 1 },
                SessionCounter.SquaresAcquired => c with { SquaresAcquired = c.SquaresAcquired + 1 },
                SessionCounter.HolesAcquired => c with { HolesAcquired = c.HolesAcquired + 1 },
                SessionCounter.ExposuresAcquired => c with { ExposuresAcquired = c.ExposuresAcquired + 1 },
                SessionCounter.MoviesTransferred => c with { MoviesTransferred = c.MoviesTransferred + 1 },
                SessionCounter.MicrographsProcessed => c with { MicrographsProcessed = c.MicrographsProcessed + 1 },
                _ => throw new InvalidInputException([new("counter", $"unknown counter {counter}")]),
            };
            await SaveAsync();
        });

    private async Task<bool> ApplyOnceAsync(string reportKey, Func<Task> apply)
    {
        View();
        if (S.AppliedReportKeys.Contains(reportKey))
        {
            return false;
        }

        S.AppliedReportKeys.Add(reportKey);
        if (S.AppliedReportKeys.Count > AppliedReportKeyWindow)
        {
            S.AppliedReportKeys.RemoveRange(0, S.AppliedReportKeys.Count - AppliedReportKeyWindow);
        }

        try
        {
            await apply();
        }
        catch
        {
            // Nothing was written (or the write failed): drop the in-memory change, key included.
            _queuedCommands.Clear();
            await state.ReadStateAsync();
            throw;
        }

        return true;
    }
}
