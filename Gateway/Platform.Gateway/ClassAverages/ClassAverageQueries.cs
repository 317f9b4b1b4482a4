using Platform.Gateway.Authorization;
using Platform.Grains.ClassAverages;
using Platform.Grains.SessionData;
using Platform.Grains.Sessions;
using Platform.GraphQL.Building;
using Platform.GraphQL.Execution;
using Platform.Runtime;
using Platform.Runtime.Indexing;

namespace Platform.Gateway.ClassAverages;

/// <summary>GraphQL: <c>Session.classAverages(source)</c>, the latest 2D class averages of one source with time-limited image links.</summary>
public static class ClassAverageQueries
{
    public static void Describe(SchemaBuilder schema)
    {
        ClassAveragesReportInput.Describe(schema);
        ClassAverageResultsMutation.Describe(schema);
        schema.Object<ClassAverageWithLink>("ClassAverage", t =>
        {
            t.Authorize(Rules.WithParent);
            t.Description("One 2D class of the current set.");
            t.Field("number", c => c.Class.Number).Type("Int!").Description("Class number, from 1.");
            t.Field("particleCount", c => (double)c.Class.ParticleCount).Type("Float!").Description("Particles whose most probable class this is.");
            t.Field("resolutionAngstrom", c => c.Class.ResolutionAngstrom).Type("Float")
                .Description("Where the Fourier ring correlation of the two half-set averages falls below 0.143 (Rosenthal & Henderson 2003); null while a half set is empty.");
            t.Field("imageUrl", c => c.ImageUrl).Type("String").Description("Time-limited link to the class image (PNG); null if the file is gone.");
        });
        schema.Object<ClassAveragesView>("ClassAverages", t =>
        {
            t.Authorize(Rules.WithParent);
            t.Description("The current 2D class averages of a session from one source; each new set replaces the previous one.");
            t.Field("source", v => v.Source).Type("String!").Description("agent, or an external pipeline's name.");
            t.Field("iteration", v => (int)v.Iteration).Type("Int!").Description("1 for the first set, one more for every replacement.");
            t.Field("sourceIteration", v => v.SourceIteration is { } i ? (double?)i : null).Type("Float")
                .Description("The iteration number an external pipeline gave with this set; null for the agent, which is counted by iteration.");
            t.Field("updatedAt", v => v.UpdatedAtUtc).Type("DateTime!");
            t.Field("particleCount", v => (double)v.ParticleCount).Type("Float!").Description("Particles classified so far.");
            t.Field("pixelSizeAngstrom", v => v.PixelSizeAngstrom).Type("Float!").Description("Pixel size of the (binned) class images.");
            t.Field("boxPixels", v => v.BoxPixels).Type("Int!").Description("Side of the class images.");
            t.Field("classes").Type("[ClassAverage!]!").Resolve(ClassesAsync);
        });
        schema.Object<SessionView>("Session", t =>
        {
            t.Field("classAverages").Type("ClassAverages").Authorize(Rules.WithParent)
                .Description("The latest 2D class averages from a source (default: the agent's 2D classification track); null until the first set.")
                .Argument("source", "String", "\"agent\"", "agent, or an external pipeline's name.")
                .Resolve(ctx =>
                {
                    var session = ctx.Parent<SessionView>();
                    var key = ClassAveragesKeys.For(session.Id, ctx.Argument<string>("source") ?? ClassAveragesKeys.AgentSource);
                    return ctx.Service<IGrainFactory>().GetGrain<IClassAveragesGrain>(key).GetAsync();
                });
            t.Field("classAverageSources").Type("[String!]!").Authorize(Rules.WithParent)
                .Description("The sources (agent, external pipelines' names) that have class averages for this session, by name.")
                .Resolve(SourcesAsync);
        });
    }

    private static async Task<object?> SourcesAsync(ResolverContext context)
    {
        var session = context.Parent<SessionView>();
        var page = await context.Service<IIndexReader>().QueryAsync(new IndexQuery(ClassAveragesIndex.Table)
        {
            Filters = [new IndexFilter(ClassAveragesIndex.SessionId, IndexOperator.Equal, session.Id)],
            Order = [new IndexOrder(ClassAveragesIndex.Source)],
            Limit = 1_000,
        }, context.CancellationToken).ConfigureAwait(false);
        return page.Rows.Select(r => (string)r.Values[ClassAveragesIndex.Source]!).ToList();
    }

    private static async Task<object?> ClassesAsync(ResolverContext context)
    {
        var set = context.Parent<ClassAveragesView>();
        var files = context.Service<ISessionDataStore>();
        var links = new List<ClassAverageWithLink>(set.Classes.Count);
        foreach (var c in set.Classes)
        {
            var file = await files.GetFileAsync(set.FacilityId, set.SessionId, c.ImagePath, context.CancellationToken).ConfigureAwait(false);
            links.Add(new ClassAverageWithLink(c, file?.DownloadUrl));
        }

        return links;
    }
}
