using Platform.Gateway.Authorization;
using Platform.Gateway.Errors;
using Platform.Gateway.Lists;
using Platform.Gateway.Loading;
using Platform.Gateway.Micrographs;
using Platform.Gateway.Sessions;
using Platform.Grains.Errors;
using Platform.Grains.Exports;
using Platform.Grains.Micrographs;
using Platform.Grains.SessionData;
using Platform.Grains.Sessions;
using Platform.GraphQL.Building;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Relay;
using Platform.Runtime;
using Platform.Runtime.Indexing;

namespace Platform.Gateway.Exports;

/// <summary>
/// GraphQL: STAR exports of a session's micrographs as jobs — <c>startMicrographExport</c>, the <c>MicrographExport</c> node
/// (status, progress, output file with a download link, error) and <c>Session.exports</c>, newest first.
/// </summary>
public static class MicrographExportSchema
{
    /// <summary>The export job, or null when unknown or when its session is not visible to the caller.</summary>
    public static async Task<ExportJobView?> LoadAsync(ResolverContext context, string key) =>
        await GrainLoader.LoadAsync(context, "exports", key, (grains, k) => grains.GetGrain<IExportJobGrain>(k).GetAsync()).ConfigureAwait(false) is { } job
        && await SessionQueries.LoadAsync(context, job.SessionId).ConfigureAwait(false) is not null ? job : null;

    public static void Describe(SchemaBuilder schema)
    {
        schema.Enum("MicrographExportStatus", e => e.Description("Where an export job is.").Values<ExportJobStatus>());
        schema.Object<ExportJobView>("MicrographExport", t =>
        {
            t.Authorize(Rules.WithParent);
            t.Description("A RELION 3.1+ STAR export of a session's selected micrographs (data_optics, data_micrographs, data_particles), run as a job.");
            t.Field("key", j => j.Id).Type("String!").Description("sessionKey/exportId.");
            t.Field("session").Type("Session!").Resolve(ctx => SessionQueries.LoadAsync(ctx, ctx.Parent<ExportJobView>().SessionId));
            t.Field("status", j => j.Status).Type("MicrographExportStatus!");
            t.Field("filter", j => j.Selection.FilterName).Type("String").Description("The saved filter applied, if any.");
            t.Field("ranges", j => j.Selection.Ranges).Type("[MetricRange!]!").Description("The ranges applied (hand-excluded micrographs are always left out).");
            t.Field("source", j => j.Selection.Source).Type("String");
            t.Field("micrographsTotal", j => (double?)j.MicrographsTotal).Type("Float").Description("Selected micrographs, counted when the run starts.");
            t.Field("micrographsDone", j => (double)j.MicrographsDone).Type("Float!");
            t.Field("micrographsSkipped", j => (double)j.MicrographsSkipped).Type("Float!").Description("Selected but left out: no CTF values yet, or picks file missing or unreadable.");
            t.Field("particlesWritten", j => (double)j.ParticlesWritten).Type("Float!");
            t.Field("attempts", j => j.Attempts).Type("Int!").Description("Runs so far; a run interrupted by a platform restart is attempted again.");
            t.Field("error", j => j.Error).Type("String").Description("Why the job failed, or a note on an interrupted earlier attempt.");
            t.Field("outputPath", j => j.OutputPath).Type("String").Description("The STAR file's path among the session's files, once succeeded.");
            t.Field("output").Type("SessionFile").Description("The STAR file with a time-limited download link, once succeeded.").Resolve(OutputAsync);
            t.Field("requestedBy", j => j.RequestedByUserId).Type("String!");
            t.Field("createdAt", j => j.CreatedAtUtc).Type("DateTime!");
            t.Field("startedAt", j => j.StartedAtUtc).Type("DateTime");
            t.Field("finishedAt", j => j.FinishedAtUtc).Type("DateTime");
        });
        schema.Node<ExportJobView>("MicrographExport", j => j.Id, LoadAsync);
        schema.Connection<ExportJobView>("MicrographExport");
        UserErrorTypes.Payload<ExportJobView>(schema, "MicrographExportPayload", "export", "MicrographExport");
        schema.InputObject("StartMicrographExportInput", i => i
            .Description("Which micrographs of a session to export: those within every range, not excluded by hand, and passing the saved filter if named.")
            .Field("sessionId", "ID!", description: "Global id of the session.")
            .Field("filter", "String", description: "A saved filter's name; unknown is a NotFoundError.")
            .Field("ranges", "[MetricRangeFilterInput!]!", "[]")
            .Field("source", "String", description: "Only this source's results (agent or a pipeline's name)."));
        schema.Object<SessionView>("Session", t => t.Field("exports").Type("MicrographExportConnection!")
            .Description("The session's STAR export jobs, newest first.").Authorize(Rules.WithParent)
            .PagingArguments()
            .Resolve(ctx => IndexConnections.LoadAsync(ctx, ExportJobIndex.Table,
                [new IndexFilter(ExportJobIndex.SessionId, IndexOperator.Equal, ctx.Parent<SessionView>().Id)],
                [new IndexOrder(ExportJobIndex.CreatedAt, Descending: true)], LoadAsync)));
        schema.Mutation(m => m.Field("startMicrographExport").Type("MicrographExportPayload!").Argument("input", "StartMicrographExportInput!")
            .Description("Starts exporting a session's selected micrographs with their particles to a RELION STAR file; follow the job's status.")
            .Authorize(Rules.Member(AccessTargets.SessionInInput()))
            .Resolve(ctx => UserErrors.RunAsync(() => StartAsync(ctx))));
    }

    private static async Task<ExportJobView> StartAsync(ResolverContext context)
    {
        var input = context.Argument<IReadOnlyDictionary<string, object?>>("input")!;
        var sessionId = (string)input["sessionId"]!;
        var sessionKey = (await SessionQueries.FindAsync(context, sessionId).ConfigureAwait(false))?.Id
            ?? throw new NotFoundException("Session", sessionId);
        var ranges = (input.GetValueOrDefault("ranges") as IReadOnlyList<object?> ?? []).Cast<IReadOnlyDictionary<string, object?>>()
            .Select(r => new MetricRange((MicrographMetric)r["metric"]!, MicrographSelection.Number(r.GetValueOrDefault("min")), MicrographSelection.Number(r.GetValueOrDefault("max"))))
            .ToList();
        var request = new StartExportRequest(sessionKey, new ExportSelection(input.GetValueOrDefault("filter") as string, ranges, input.GetValueOrDefault("source") as string),
            context.ActorId());
        var key = ExportJobKeys.For(sessionKey, Guid.NewGuid().ToString("N")[..12]);
        return await context.Service<IGrainFactory>().GetGrain<IExportJobGrain>(key).StartAsync(request).ConfigureAwait(false);
    }

    private static async Task<object?> OutputAsync(ResolverContext context)
    {
        var job = context.Parent<ExportJobView>();
        return job.OutputPath is { } path
            ? await context.Service<ISessionDataStore>().GetFileAsync(job.FacilityId, job.SessionId, path, context.CancellationToken).ConfigureAwait(false)
            : null;
    }
}
