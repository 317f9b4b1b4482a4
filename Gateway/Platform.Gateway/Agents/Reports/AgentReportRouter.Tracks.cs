using Platform.Grains.Sessions;

namespace Platform.Gateway.Agents.Reports;

/// <summary>Track status reports: the track's state, counters and message, applied by the session (the latest observation wins).</summary>
public sealed partial class AgentReportRouter
{
    private static Task<bool> TrackStatusAsync(ReportFields f, ISessionGrain session, DateTimeOffset at)
    {
        var progress = new ReportFields(f.Kind, f.Value<IReadOnlyDictionary<string, object?>>("progress"));
        var counters = new TrackCounters(
            progress.Int("itemsDone", min: 0),
            progress.Int("itemsPending", min: 0),
            progress.Int("itemsFailed", min: 0),
            (long)NonNegative(f, progress.Number("bytesDone"), "bytesDone"),
            Rate(f, progress, "itemsPerHour"),
            Rate(f, progress, "bytesPerSecond"));
        return session.ApplyTrackStatusReportAsync(f.Enum<TrackKind>("track"), f.Enum<TrackState>("state"), counters, f.OptionalText("message"), at, f.IdempotencyKey);
    }

    private static double? Rate(ReportFields report, ReportFields progress, string name) =>
        progress.Has(name) ? NonNegative(report, progress.Number(name), name) : null;

    private static double NonNegative(ReportFields report, double value, string name) =>
        value is >= 0 and < long.MaxValue ? value : throw report.Malformed($"progress.{name} must not be negative");
}
