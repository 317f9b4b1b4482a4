using Platform.Grains.Errors;
using Platform.Grains.Grids;
using Platform.Grains.Sessions;
using Platform.Grains.Targets;
using Platform.Runtime;

namespace Platform.Gateway.Agents.Reports;

/// <summary>
/// Validates one agent report and routes it to the grain it changes: run state, logs and notifications to the Session;
/// grid states, targets, images and acquisitions to the Grid and its Target grains; micrograph results to the Micrograph grain. Every check runs before anything is
/// applied; each grain applies the report with its idempotency key in the same write (a resend returns false).
/// </summary>
public sealed partial class AgentReportRouter(IGrainFactory grains, string microscopeId)
{
    public const int MaxIdempotencyKeyLength = 200;

    private readonly Dictionary<string, SessionView> _sessions = new(StringComparer.Ordinal);

    /// <summary>Applies one report; platform failures (storage down) propagate so the caller can answer "retry".</summary>
    public async Task<AgentReportResult> ApplyAsync(IReadOnlyDictionary<string, object?> input)
    {
        var (kind, value) = input.Single(p => p.Value is not null);
        var fields = new ReportFields(kind, (IReadOnlyDictionary<string, object?>)value!);
        try
        {
            if (fields.IdempotencyKey.Length is 0 or > MaxIdempotencyKeyLength || string.IsNullOrWhiteSpace(fields.IdempotencyKey))
            {
                throw fields.Malformed($"idempotencyKey must be 1 to {MaxIdempotencyKeyLength} characters");
            }

            var at = fields.OccurredAtUtc;
            var session = await SessionAsync(fields.SessionId);
            var applied = await RouteAsync(fields, session, at);
            return new AgentReportResult(fields.IdempotencyKey, applied ? AgentReportStatus.Applied : AgentReportStatus.Duplicate);
        }
        catch (ReportRejectedException rejected)
        {
            return new AgentReportResult(fields.IdempotencyKey, AgentReportStatus.Rejected, rejected.Code, rejected.Message);
        }
        catch (DomainException refused)
        {
            return new AgentReportResult(fields.IdempotencyKey, AgentReportStatus.Rejected, refused.Code, refused.Message);
        }
    }

    private Task<bool> RouteAsync(ReportFields f, SessionView session, DateTimeOffset at)
    {
        var sessionGrain = grains.GetGrain<ISessionGrain>(session.Id);
        return f.Kind switch
        {
            "runState" => sessionGrain.ApplyRunStateReportAsync(f.Enum<SessionRunState>("state"), f.OptionalText("message"), f.IdempotencyKey),
            "log" => sessionGrain.ApplyLogReportAsync(f.Enum<LogPanel>("panel"), f.Text("message"), f.IdempotencyKey),
            "notification" => sessionGrain.ApplyNotificationReportAsync(f.Value<string>("kind"), f.Text("message"), f.IdempotencyKey),
            "gridState" => CountAsync(
                Grid(f, session).ReportStateAsync(f.Enum<WorkState>("state"), f.IdempotencyKey),
                session, f.Enum<WorkState>("state") is WorkState.Completed ? SessionCounter.GridsCompleted : null, f.IdempotencyKey),
            "targetsFound" => TargetsFoundAsync(f, session),
            "targetState" => TargetStateAsync(f, session),
            "image" => ImageAsync(f, session, at),
            "acquisition" => AcquisitionAsync(f, session, at),
            "trackStatus" => TrackStatusAsync(f, sessionGrain, at),
            "micrograph" => MicrographAsync(f, session),
            "classAverages" => ClassAverages.ClassAveragesReportInput.ApplyAsync(grains, f, session),
            _ => throw f.Malformed("unknown report kind"),
        };
    }

    /// <summary>
    /// Awaits the report's own effect, then counts it on the session (exactly once: the session remembers the key, and a report
    /// whose effect was applied just before a crash is resent and counted then). A refused report throws first and is not counted.
    /// </summary>
    private async Task<bool> CountAsync(Task<bool> applying, SessionView session, SessionCounter? counter, string reportKey)
    {
        var applied = await applying;
        if (counter is not { } counted)
        {
            return applied;
        }

        return await grains.GetGrain<ISessionGrain>(session.Id).CountReportAsync(counted, reportKey) || applied;
    }

    private async Task<SessionView> SessionAsync(string sessionId)
    {
        if (!_sessions.TryGetValue(sessionId, out var session))
        {
            try
            {
                session = await grains.GetGrain<ISessionGrain>(sessionId).GetAsync();
            }
            catch (NotFoundException)
            {
                throw new ReportRejectedException(ReportRejectedException.UnknownSession, $"No session '{sessionId}'.");
            }

            _sessions[sessionId] = session;
        }

        // The acting microscope is decided in one place (AgentAccess); a session of another microscope is answered exactly
        // like an unknown one, so an agent learns nothing about other microscopes' sessions.
        return session.MicroscopeId == microscopeId
            ? session
            : throw new ReportRejectedException(ReportRejectedException.UnknownSession, $"No session '{sessionId}'.");
    }

    private IGridGrain Grid(ReportFields f, SessionView session)
    {
        var position = f.Int("gridPosition", min: 1);
        return session.Grids.Any(g => g.Position == position)
            ? grains.GetGrain<IGridGrain>(GridKeys.For(session.Id, position))
            : throw new ReportRejectedException(ReportRejectedException.UnknownGrid, $"Session '{session.Id}' has no grid at position {position}.");
    }
}
