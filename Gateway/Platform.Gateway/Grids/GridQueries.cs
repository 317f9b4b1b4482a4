using Platform.Gateway.Authorization;
using Platform.Gateway.Loading;
using Platform.Gateway.Sessions;
using Platform.Grains.Grids;
using Platform.GraphQL.Building;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Relay;

namespace Platform.Gateway.Grids;

/// <summary>GraphQL: the <c>Grid</c> node (an autoloader grid of a session) and its hole type.</summary>
public static class GridQueries
{
    /// <summary>The grid, or null when unknown or when its session is not visible to the caller.</summary>
    public static async Task<GridView?> LoadAsync(ResolverContext context, string key) =>
        await LoadUncheckedAsync(context, key).ConfigureAwait(false) is { } grid
        && await SessionQueries.LoadAsync(context, grid.SessionId).ConfigureAwait(false) is not null ? grid : null;

    /// <summary>
    /// Several grids at once, in the given order, leaving out unknown ones and those whose session the caller cannot see:
    /// the same answer as <see cref="LoadAsync"/> per key, with every read started before the first is awaited and one visibility
    /// check per session. When every read (and check) has completed already, as the request's memo and cached grain reads
    /// usually have, the list is built at once, with no state machine and no key list.
    /// </summary>
    public static Task<List<object>> LoadManyAsync<TItem>(ResolverContext context, IReadOnlyList<TItem> items, Func<TItem, string> keyOf)
    {
        var loads = new Task<GridView?>[items.Count];
        var allLoaded = true;
        for (var i = 0; i < loads.Length; i++)
        {
            loads[i] = LoadUncheckedAsync(context, keyOf(items[i]));
            allLoaded &= loads[i].IsCompletedSuccessfully;
        }

        return allLoaded && VisibleNow(context, loads) is { } visible ? Task.FromResult(visible) : VisibleAsync(context, loads);
    }

    /// <summary>The visible grids of completed <paramref name="loads"/>, or null when a session's visibility is not known yet.</summary>
    private static List<object>? VisibleNow(ResolverContext context, Task<GridView?>[] loads)
    {
        var visible = new List<object>(loads.Length);
        string? checkedSession = null;
        var sessionVisible = false;
        foreach (var load in loads)
        {
            if (load.Result is not { } grid)
            {
                continue;
            }

            if (grid.SessionId != checkedSession)
            {
                var session = SessionQueries.LoadAsync(context, grid.SessionId);
                if (!session.IsCompletedSuccessfully)
                {
                    return null;
                }

                sessionVisible = session.Result is not null;
                checkedSession = grid.SessionId;
            }

            if (sessionVisible)
            {
                visible.Add(grid);
            }
        }

        return visible;
    }

    /// <summary>Waits for every read and visibility check, then builds the list as <see cref="VisibleNow"/> does.</summary>
    private static async Task<List<object>> VisibleAsync(ResolverContext context, Task<GridView?>[] loads)
    {
        foreach (var load in loads)
        {
            if (await load.ConfigureAwait(false) is { } grid)
            {
                await SessionQueries.LoadAsync(context, grid.SessionId).ConfigureAwait(false);
            }
        }

        // Every read and check has completed (the request's memo keeps them), so the list is built without waiting.
        return VisibleNow(context, loads) ?? throw new InvalidOperationException("A session read completed but is not remembered by the request.");
    }

    /// <summary>The grid through the request's grain loader (<see cref="GrainLoader"/>), before the visibility check of its session.</summary>
    private static Task<GridView?> LoadUncheckedAsync(ResolverContext context, string key) =>
        GrainLoader.LoadAsync(context, "grids", key, (grains, k) => grains.GetGrain<IGridGrain>(k).GetAsync());

    public static void Describe(SchemaBuilder schema)
    {
        schema.Enum("MeshMaterial", e => e.Description("Support film material.").Values<MeshMaterial>());
        schema.Enum("WorkState", e => e.Description("The one status vocabulary for everything that runs: grids, squares, holes, exposures.").Values<WorkState>());
        schema.Object<HoleType>("HoleType", t =>
        {
            t.Authorize(Rules.WithParent);
            t.Description("A grid's hole pattern.");
            t.Field("name", h => h.Name).Type("String!").Description("e.g. R1.2/1.3.");
            t.Field("holeSizeMicrons", h => h.HoleSizeMicrons).Type("Float").Description("Hole diameter (µm); null for non-holey substrates.");
            t.Field("holeSpacingMicrons", h => h.HoleSpacingMicrons).Type("Float").Description("Hole spacing (µm); null for non-holey substrates.");
        });
        schema.Object<GridView>("Grid", t =>
        {
            t.Authorize(Rules.WithParent);
            t.Description("An autoloader grid of a session.");
            t.Field("key", g => GridKeys.For(g.SessionId, g.Position)).Type("String!").Description("sessionKey/position.");
            t.Field("session").Type("Session!").Resolve(ctx => SessionQueries.LoadAsync(ctx, ctx.Parent<GridView>().SessionId));
            t.Field("position", g => g.Position).Type("Int!").Description("Autoloader position (1 to capacity).");
            t.Field("name", g => g.Name).Type("String!");
            t.Field("finalName", g => g.FinalName).Type("String!").Description("position_name, as files are named.");
            t.Field("holeType", g => g.HoleType).Type("HoleType!");
            t.Field("meshSize", g => g.MeshSize).Type("Int!").Description("Mesh size (lines per inch).");
            t.Field("meshMaterial", g => g.MeshMaterial).Type("MeshMaterial!");
            t.Field("requestedProtocol", g => g.RequestedProtocol).Type("String!").Description("What the user asked for (may be auto).");
            t.Field("protocol", g => g.Protocol).Type("String!").Description("The resolved acquisition protocol (never auto).");
            t.Field("state", g => g.State).Type("WorkState!");
            t.Field("startedAt", g => g.StartedAtUtc).Type("DateTime");
            t.Field("completedAt", g => g.CompletedAtUtc).Type("DateTime");
        });
        schema.Node<GridView>("Grid", g => GridKeys.For(g.SessionId, g.Position), LoadAsync, formatId: static (g, destination, out written) => GridKeys.TryFormat(g.SessionId, g.Position, destination, out written));
    }
}
