using Platform.Gateway.Authorization;
using Platform.Gateway.Lists;
using Platform.Gateway.Loading;
using Platform.Gateway.Sessions;
using Platform.Grains.Micrographs;
using Platform.Grains.Sessions;
using Platform.GraphQL.Building;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Relay;

namespace Platform.Gateway.Micrographs;

/// <summary>GraphQL: the <c>Micrograph</c> node (one movie's results from one source) and <c>Session.micrographs</c>, paged from the micrographs index.</summary>
public static class MicrographQueries
{
    /// <summary>The micrograph, or null when unknown or when its session is not visible to the caller.</summary>
    public static async Task<MicrographView?> LoadAsync(ResolverContext context, string key) =>
        await GrainLoader.LoadAsync(context, "micrographs", key, (grains, k) => grains.GetGrain<IMicrographGrain>(k).GetAsync()).ConfigureAwait(false) is { } micrograph
        && await SessionQueries.LoadAsync(context, micrograph.SessionId).ConfigureAwait(false) is not null ? micrograph : null;

    public static void Describe(SchemaBuilder schema)
    {
        MicrographSelection.Describe(schema);
        schema.Object<MicrographView>("Micrograph", t =>
        {
            t.Authorize(Rules.WithParent);
            t.Description("One movie's measured results from one source (the agent or an external pipeline); units are in the field names.");
            t.Field("key", m => m.Key).Type("String!").Description("sessionKey/source/name.");
            t.Field("session").Type("Session!").Resolve(ctx => SessionQueries.LoadAsync(ctx, ctx.Parent<MicrographView>().SessionId));
            t.Field("name", m => m.Result.Name).Type("String!");
            t.Field("source", m => m.Source).Type("String!").Description("agent, or the external pipeline's name.");
            t.Field("excluded", m => m.Excluded).Type("Boolean!").Description("Excluded by hand.");
            t.Field("gridPosition", m => m.Result.GridPosition).Type("Int!");
            t.Field("squareId", m => m.Result.SquareId).Type("String");
            t.Field("holeId", m => m.Result.HoleId).Type("String");
            t.Field("acquiredAt", m => m.Result.AcquiredAtUtc).Type("DateTime!");
            t.Field("frames", m => m.Result.Frames).Type("Int!");
            t.Field("doseElectronsPerSquareAngstrom", m => m.Result.DoseElectronsPerSquareAngstrom).Type("Float");
            t.Field("filePath", m => m.Result.FilePath).Type("String").Description("The movie's path under the session's folder, once transferred.");
            t.Field("fileSizeBytes", m => (double?)m.Result.FileSizeBytes).Type("Float").Description("Size in bytes (a Float: files pass 2 GiB).");
            t.Field("fileSha256", m => m.Result.FileSha256).Type("String");
            t.Field("driftTraceXAngstrom", m => m.Result.DriftTraceXAngstrom).Type("[Float!]!").Description("Per-frame shifts along x, Å, in frame order.");
            t.Field("driftTraceYAngstrom", m => m.Result.DriftTraceYAngstrom).Type("[Float!]!").Description("Per-frame shifts along y, Å, in frame order.");
            t.Field("defocusUAngstrom", m => m.Result.DefocusUAngstrom).Type("Float").Description("CTFFIND convention: positive is underfocus.");
            t.Field("defocusVAngstrom", m => m.Result.DefocusVAngstrom).Type("Float");
            t.Field("phaseShiftDegrees", m => m.Result.PhaseShiftDegrees).Type("Float");
            foreach (var metric in Enum.GetValues<MicrographMetric>())
            {
                var field = t.Field(MicrographSelection.FieldName(metric), m => metric == MicrographMetric.ParticleCount ? (object?)m.Result.ParticleCount : m.Result.ValueOf(metric));
                field.Type(metric == MicrographMetric.ParticleCount ? "Int" : "Float").Description($"Null until measured; a missing value fails every range on {MicrographSelection.FieldName(metric)}.");
            }

            t.Field("thumbnailPath", m => m.Result.ThumbnailPath).Type("String");
            t.Field("powerSpectrumPath", m => m.Result.PowerSpectrumPath).Type("String");
            t.Field("picksPath", m => m.Result.PicksPath).Type("String");
            t.Field("updatedAt", m => m.UpdatedAtUtc).Type("DateTime!");
        });
        schema.Node<MicrographView>("Micrograph", m => m.Key, LoadAsync);
        schema.Connection<MicrographView>("Micrograph");
        schema.Object<SessionView>("Session", t => t.Field("micrographs").Type("MicrographConnection!")
            .Description("The session's micrographs from the index: filtered by where and/or a saved filter, sorted by order (default: acquisition time), paged.")
            .PagingArguments()
            .Argument("where", "MicrographWhere", description: "Ranges and conditions; all must hold.")
            .Argument("order", "[MicrographOrder!]", description: "Sort keys (default acquiredAt ascending).")
            .Argument("filter", "String", description: "A saved filter's name, applied together with where; an unknown name is a NOT_FOUND error.")
            .Resolve(ListAsync));
        MicrographPlots.Describe(schema);
        MicrographFilterSchema.Describe(schema);
        MicrographResultInput.Describe(schema);
        MicrographResultsMutation.Describe(schema);
    }

    private static async Task<Connection<MicrographView>> ListAsync(ResolverContext context)
    {
        var filters = await MicrographSelection.FiltersAsync(context).ConfigureAwait(false);
        var order = ListArguments.OrderOf(context, MicrographIndex.AcquiredAt, descendingByDefault: false);
        return await IndexConnections.LoadAsync(context, MicrographIndex.Table, filters, order, LoadAsync).ConfigureAwait(false);
    }
}
