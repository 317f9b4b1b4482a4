using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.Gateway.Authorization;
using Platform.Grains.Microscopes;
using Platform.GraphQL.Building;
using Platform.GraphQL.Execution;
using Platform.Runtime;

namespace Platform.Gateway.Agents.Reports;

/// <summary>
/// <c>submitAgentReports(microscopeId, reports)</c>: applies a batch in order, each report at most once (its grain records
/// its idempotency key in the same transaction), and answers per report. When the platform itself fails mid-batch, that
/// report and every later one are answered RETRY, so the agent resends them in order. Also <c>agentHeartbeat</c>.
/// </summary>
public static class AgentReportMutation
{
    /// <summary>Largest batch accepted; well under the session's applied-key window.</summary>
    public const int MaxBatchSize = 500;

    public static void Describe(SchemaBuilder schema)
    {
        AgentReportInputTypes.Describe(schema);
        schema.Enum("AgentReportStatus", e => e.Description("What happened to a report; the agent keeps only RETRY ones.").Values<AgentReportStatus>());
        schema.Object<AgentReportResult>("AgentReportResult", t =>
        {
            t.Authorize(Rules.WithParent);
            t.Description("The outcome of one submitted report.");
            t.Field("idempotencyKey", r => r.IdempotencyKey).Type("String!");
            t.Field("status", r => r.Status).Type("AgentReportStatus!");
            t.Field("code", r => r.Code).Type("String").Description("Why it was rejected: UNKNOWN_SESSION (also for another microscope's session), MALFORMED_REPORT, UNKNOWN_GRID, UNKNOWN_TARGET, INVALID_STATE, ...");
            t.Field("message", r => r.Message).Type("String");
        });
        schema.Object<IReadOnlyList<AgentReportResult>>("SubmitAgentReportsPayload", t =>
        {
            t.Authorize(Rules.WithParent);
            t.Description("One result per submitted report, in order.");
            t.Field("results", r => r).Type("[AgentReportResult!]!");
        });
        schema.Mutation(m =>
        {
            m.Field("submitAgentReports").Type("SubmitAgentReportsPayload!")
                .Argument("microscopeId", "ID!").Argument("reports", "[AgentReportInput!]!")
                .Description($"Applies an agent's reports in order, idempotently (at most {MaxBatchSize} per call).")
                .Authorize(AgentAccess.Rule)
                .Resolve(SubmitAsync);
            m.Field("agentHeartbeat").Type("Boolean!").Argument("microscopeId", "ID!")
                .Description("Records that the microscope's agent is alive.")
                .Authorize(AgentAccess.Rule)
                .Resolve(async ctx =>
                {
                    var microscopeId = await AgentAccess.ActingMicroscopeAsync(ctx).ConfigureAwait(false);
                    await ctx.Service<IGrainFactory>().GetGrain<IMicroscopeGrain>(microscopeId).RecordAgentHeartbeatAsync().ConfigureAwait(false);
                    return true;
                });
        });
    }

    private static async Task<IReadOnlyList<AgentReportResult>> SubmitAsync(ResolverContext context)
    {
        var microscopeId = await AgentAccess.ActingMicroscopeAsync(context).ConfigureAwait(false);
        var reports = context.Argument<List<object?>>("reports")!.Cast<IReadOnlyDictionary<string, object?>>().ToList();
        if (reports.Count > MaxBatchSize)
        {
            throw new GraphQLException($"At most {MaxBatchSize} reports per call; got {reports.Count}.", ErrorCodes.BadUserInput);
        }

        var router = new AgentReportRouter(context.Service<IGrainFactory>(), microscopeId);
        var results = new List<AgentReportResult>(reports.Count);
        string? failure = null;
        foreach (var report in reports)
        {
            if (failure is not null)
            {
                results.Add(new AgentReportResult(KeyOf(report), AgentReportStatus.Retry, "NOT_ATTEMPTED", failure));
                continue;
            }

            try
            {
                results.Add(await router.ApplyAsync(report).ConfigureAwait(false));
            }
            catch (Exception error)
            {
                failure = "an earlier report of this batch could not be applied; send again in order";
                context.Services.GetService<ILoggerFactory>()?.CreateLogger(typeof(AgentReportMutation)).LogWarning(error, "Agent report {Key} not applied; answering RETRY", KeyOf(report));
                results.Add(new AgentReportResult(KeyOf(report), AgentReportStatus.Retry, "PLATFORM_UNAVAILABLE", "The platform could not apply this report now; send it again."));
            }
        }

        return results;
    }

    private static string KeyOf(IReadOnlyDictionary<string, object?> report) =>
        report.Values.OfType<IReadOnlyDictionary<string, object?>>().FirstOrDefault()?.GetValueOrDefault("idempotencyKey") as string ?? "";
}
