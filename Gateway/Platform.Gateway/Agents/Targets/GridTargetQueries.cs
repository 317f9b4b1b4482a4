using System.Globalization;
using Platform.Gateway.Lists;
using Platform.Gateway.Authorization;
using Platform.Gateway.Sessions;
using Platform.Grains.Errors;
using Platform.Grains.Grids;
using Platform.Grains.Targets;
using Platform.GraphQL.Building;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Relay;
using Platform.Runtime;
using Platform.Runtime.Indexing;

namespace Platform.Gateway.Agents.Targets;

/// <summary>
/// <c>gridTargets</c> (a grid's squares, holes and exposures, listed from the <c>targets</c> index), <c>gridTarget</c>
/// (one target with its images and acquisitions) and <c>gridAtlasImages</c>.
/// </summary>
public static class GridTargetQueries
{
    public static void Describe(SchemaBuilder schema)
    {
        schema.Object<GridTargetSummary>("GridTarget", t =>
        {
            t.Authorize(Rules.WithParent);
            t.Description("A target of a grid, as listed.");
            t.Field("targetId", s => s.TargetId).Type("ID!");
            t.Field("parentTargetId", s => s.ParentTargetId).Type("ID");
            t.Field("level", s => s.Level).Type("GridTargetLevel!");
            t.Field("state", s => s.State).Type("GridTargetState!");
            t.Field("score", s => s.Score).Type("Float!");
            t.Field("label", s => s.Label).Type("String!");
            t.Field("selected", s => s.Selected).Type("Boolean!");
            t.Field("bisGroup", s => s.BisGroup).Type("Int");
            t.Field("stageXMicrons", s => s.StageXMicrons).Type("Float!");
            t.Field("stageYMicrons", s => s.StageYMicrons).Type("Float!");
            t.Field("addedByUser", s => s.AddedByUser).Type("Boolean!");
            t.Field("acquisitionCount", s => s.Acquisitions).Type("Int!");
            t.Field("updatedAt", s => s.UpdatedAtUtc.ToString("O", CultureInfo.InvariantCulture)).Type("String!");
        });
        schema.Connection<GridTargetSummary>("GridTarget");
        schema.Object<TargetView>("GridTargetDetail", t =>
        {
            t.Authorize(Rules.WithParent);
            t.Description("One target with what was found, its state, images and acquisitions.");
            t.Field("found", v => v.Found).Type("FoundTarget!");
            t.Field("state", v => v.State).Type("GridTargetState!");
            t.Field("message", v => v.Message).Type("String");
            t.Field("addedByUser", v => v.AddedByUser).Type("Boolean!");
            t.Field("removedByUser", v => v.RemovedByUser).Type("Boolean!");
            t.Field("images", v => v.Images).Type("[TargetImage!]!");
            t.Field("acquisitions", v => v.Acquisitions).Type("[TargetAcquisition!]!");
        });
        schema.Query(q =>
        {
            q.Field("gridTargets").Type("GridTargetConnection!")
                .Argument("sessionId", "ID!").Argument("gridPosition", "Int!").Argument("level", "GridTargetLevel")
                .PagingArguments()
                .Description("A grid's targets ordered by id, optionally one level (squares, holes or exposures); empty for an unknown session.")
                .Authorize(Rules.Member(AccessTargets.SessionArgument()))
                .Resolve(ListAsync);
            q.Field("gridTarget").Type("GridTargetDetail")
                .Argument("sessionId", "ID!").Argument("gridPosition", "Int!").Argument("targetId", "ID!")
                .Description("One target of a grid with its images and acquisitions; null when unknown.")
                .Authorize(Rules.Member(AccessTargets.SessionArgument()))
                .Resolve(async ctx =>
                {
                    if (await SessionKeyAsync(ctx).ConfigureAwait(false) is not { } session)
                    {
                        return null;
                    }

                    try
                    {
                        return await Grains(ctx).GetGrain<ITargetGrain>(TargetKeys.For(session, ctx.Argument<int>("gridPosition"), ctx.Argument<string>("targetId")!)).GetAsync().ConfigureAwait(false);
                    }
                    catch (NotFoundException)
                    {
                        return null;
                    }
                });
            q.Field("gridAtlasImages").Type("[TargetImage!]!")
                .Argument("sessionId", "ID!").Argument("gridPosition", "Int!")
                .Description("A grid's atlas images; empty for an unknown session or grid.")
                .Authorize(Rules.Member(AccessTargets.SessionArgument()))
                .Resolve(async ctx => await SessionKeyAsync(ctx).ConfigureAwait(false) is { } session
                    ? await Grains(ctx).GetGrain<IGridGrain>(GridKeys.For(session, ctx.Argument<int>("gridPosition"))).GetAtlasImagesAsync().ConfigureAwait(false)
                    : []);
        });
    }

    private static async Task<Connection<GridTargetSummary>> ListAsync(ResolverContext context)
    {
        if (await SessionKeyAsync(context).ConfigureAwait(false) is not { } session)
        {
            return IndexConnections.Empty<GridTargetSummary>(context);
        }

        List<IndexFilter> filters = [new(TargetIndex.GridKey, IndexOperator.Equal, GridKeys.For(session, context.Argument<int>("gridPosition")))];
        if (context.Argument<TargetLevel?>("level") is { } level)
        {
            filters.Add(new(TargetIndex.Level, IndexOperator.Equal, level.ToString()));
        }

        // The target index row carries the whole summary: one keyset page read, no grain calls.
        return await IndexConnections.FromRowsAsync(context, TargetIndex.Table, filters, [new(TargetIndex.TargetId)], GridTargetSummary.From).ConfigureAwait(false);
    }

    private static IGrainFactory Grains(ResolverContext context) => context.Service<IGrainFactory>();

    /// <summary>The key of the session the <c>sessionId</c> global id names, when the caller sees it.</summary>
    private static async Task<string?> SessionKeyAsync(ResolverContext context) =>
        (await SessionQueries.FindAsync(context, context.Argument<string>("sessionId")).ConfigureAwait(false))?.Id;
}
