using Platform.Grains.Errors;

namespace Platform.Grains.Sessions;

/// <summary>
/// The agent's track status reports (the latest observation wins; applied once by idempotency key, like every report) and the
/// recent lines of each track's log panel, kept in the session's state for <c>Track.logs</c>.
/// </summary>
public sealed partial class SessionGrain
{
    public Task<bool> ApplyTrackStatusReportAsync(TrackKind track, TrackState state, TrackCounters progress, string? message, DateTimeOffset occurredAtUtc, string reportKey) =>
        ApplyOnceAsync(reportKey, async () =>
        {
            if (progress.ItemsDone < 0 || progress.ItemsPending < 0 || progress.ItemsFailed < 0 || progress.BytesDone < 0
                || progress.ItemsPerHour is < 0 or double.NaN || progress.BytesPerSecond is < 0 or double.NaN)
            {
                throw new InvalidInputException([new("progress", "counters and rates must not be negative")]);
            }

            var current = Track(track);
            if (current.ReportedAtUtc is { } last && occurredAtUtc < last)
            {
                return; // superseded by a newer observation already applied
            }

            var changed = current.State != state || current.Message != message;
            SetTrack(current with
            {
                State = state,
                Progress = progress,
                Message = message,
                ReportedAtUtc = occurredAtUtc,
                SettingsPending = current.SettingsPending && !ClearsPending(state),
                ChangedAtUtc = changed ? TimeProvider.GetUtcNow() : current.ChangedAtUtc,
            });
            SessionEvent[] events = changed ? [Event(SessionEventKind.TrackChanged, message is null ? $"{track}: {state}" : $"{track}: {state}: {message}", detail: track.ToString())] : [];
            await SaveAsync(events);
        });

    public Task<IReadOnlyList<TrackLogLine>> GetTrackLogAsync(TrackKind track, int last)
    {
        View();
        if (last is < 1 or > TrackLogLine.KeptPerTrack)
        {
            throw new InvalidInputException([new("last", $"must be 1 to {TrackLogLine.KeptPerTrack}")]);
        }

        IReadOnlyList<TrackLogLine> lines = S.TrackLogs.TryGetValue(track.ToString(), out var kept) ? [.. kept.TakeLast(last)] : [];
        return Task.FromResult(lines);
    }

    /// <summary>The track whose log panel <paramref name="panel"/> is, or null for the run page's panels.</summary>
    public static TrackKind? TrackOf(LogPanel panel) => panel switch
    {
        LogPanel.Transfer => TrackKind.Transfer,
        LogPanel.Preprocessing => TrackKind.Preprocessing,
        LogPanel.Classification2D => TrackKind.Classification2D,
        _ => null,
    };

    /// <summary>Keeps a track panel's line for <c>Track.logs</c> (in the same write as its log event).</summary>
    private void RememberTrackLog(LogPanel panel, string message)
    {
        if (TrackOf(panel) is not { } track)
        {
            return;
        }

        if (!S.TrackLogs.TryGetValue(track.ToString(), out var lines))
        {
            S.TrackLogs[track.ToString()] = lines = [];
        }

        lines.Add(new TrackLogLine(TimeProvider.GetUtcNow(), message));
        if (lines.Count > TrackLogLine.KeptPerTrack)
        {
            lines.RemoveRange(0, lines.Count - TrackLogLine.KeptPerTrack);
        }
    }
}
