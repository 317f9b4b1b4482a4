using Platform.Gateway.Authorization;
using Platform.Gateway.Errors;
using Platform.Gateway.Bookings;
using Platform.Gateway.Facilities;
using Platform.Gateway.Grids;
using Platform.Gateway.Lists;
using Platform.Gateway.Loading;
using Platform.Gateway.Microscopes;
using Platform.Grains.Sessions;
using Platform.GraphQL.Building;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Relay;

namespace Platform.Gateway.Sessions;

/// <summary>GraphQL: the <c>Session</c> node (setup, state, tracks, counters, grids, retention) and its track/counter types.</summary>
public static class SessionQueries
{
    private static readonly Task<SessionView?> _invisible = Task.FromResult<SessionView?>(null);

    /// <summary>The session, or null when unknown or not visible to the caller (<see cref="Visibility.Session"/>).</summary>
    public static Task<SessionView?> LoadAsync(ResolverContext context, string key)
    {
        var load = GrainLoader.LoadAsync(context, "sessions", key, (grains, k) => grains.GetGrain<ISessionGrain>(k).GetAsync());
        if (!load.IsCompletedSuccessfully)
        {
            return VisibleAsync(context, load);
        }

        // Loaded already (the request's memo, or a read its activation answered at once): the memo's own task when visible,
        // so a list page's 150 session lookups make no task of their own.
        return Visible(context, load.Result) is null ? _invisible : load;
    }

    private static async Task<SessionView?> VisibleAsync(ResolverContext context, Task<SessionView?> load) =>
        Visible(context, await load.ConfigureAwait(false));

    /// <summary>The session a global id names, read now (not cached), as the caller sees it (null: unknown, malformed or invisible).</summary>
    public static async Task<SessionView?> FindAsync(ResolverContext context, string? globalId) =>
        NodeKeys.TryOf("Session", globalId) is { } key
            ? Visible(context, await GrainLoader.ReadCurrentAsync(context, grains => grains.GetGrain<ISessionGrain>(key).GetAsync()).ConfigureAwait(false))
            : null;

    private static SessionView? Visible(ResolverContext context, SessionView? session) =>
        session is not null && Visibility.Session(context.Caller(), session.FacilityId, session.Setup.GroupId, session.MicroscopeId) ? session : null;

    public static void Describe(SchemaBuilder schema)
    {
        schema.Enum("SessionRunState", e => e.Description("Where a session's run is.").Values<SessionRunState>());
        TrackQueries.Describe(schema);
        schema.Object<SessionCounters>("SessionCounters", t =>
        {
            t.Authorize(Rules.WithParent);
            t.Description("Running totals shown on the session page.");
            t.Field("gridsCompleted", c => c.GridsCompleted).Type("Int!");
            t.Field("squaresAcquired", c => c.SquaresAcquired).Type("Int!");
            t.Field("holesAcquired", c => c.HolesAcquired).Type("Int!");
            t.Field("exposuresAcquired", c => c.ExposuresAcquired).Type("Int!");
            t.Field("moviesTransferred", c => c.MoviesTransferred).Type("Int!");
            t.Field("micrographsProcessed", c => c.MicrographsProcessed).Type("Int!");
        });
        schema.Object<SessionView>("Session", t =>
        {
            t.Authorize(Rules.WithParent);
            t.Description("A screening/collection session on a microscope, created from a booking.");
            t.Field("key", s => s.Id).Type("String!");
            t.Field("name", s => s.Name).Type("String!").Description("The full YYYYMMDD_Name.");
            t.Field("facility").Type("Facility!").Resolve(ctx => FacilityQueries.LoadAsync(ctx, ctx.Parent<SessionView>().FacilityId));
            t.Field("booking").Type("Booking").Description("Null once the booking is gone.").Resolve(ctx => BookingQueries.LoadAsync(ctx, ctx.Parent<SessionView>().BookingId));
            t.Field("microscope").Type("Microscope!").Resolve(ctx => MicroscopeQueries.LoadAsync(ctx, ctx.Parent<SessionView>().MicroscopeId));
            t.Field("ownerUserId", s => s.OwnerUserId).Type("String!");
            t.Field("groupId", s => s.Setup.GroupId).Type("String!");
            t.Field("detectorKey", s => s.Setup.DetectorId).Type("String!").Description("The detector's key on the session's microscope.");
            t.Field("detector").Type("Detector").Resolve(async ctx =>
            {
                var session = ctx.Parent<SessionView>();
                var microscope = await MicroscopeQueries.LoadAsync(ctx, session.MicroscopeId).ConfigureAwait(false);
                return microscope?.Registration.Detectors.FirstOrDefault(d => d.Id == session.Setup.DetectorId);
            });
            t.Field("collection", s => s.Setup.Collection).Type("CollectionParameters!");
            t.Field("processing", s => s.Setup.Processing).Type("ProcessingParameters!");
            t.Field("state", s => s.RunState).Type("SessionRunState!");
            t.Field("runMessage", s => s.RunMessage).Type("String").Description("The agent's last message about the run (e.g. an error).");
            t.Field("pauseBetweenGrids", s => s.PauseBetweenGrids).Type("Boolean!");
            t.Field("tracks", s => s.Tracks.Select(track => new SessionTrack(s.Id, track)).ToList()).Type("[Track!]!");
            t.Field("counters", s => s.Counters).Type("SessionCounters!");
            t.Field("grids").Type("[Grid!]!").Description("The autoloader grids, by position.")
                .Resolve(ctx => GridQueries.LoadManyAsync(ctx, ctx.Parent<SessionView>().Grids, static g => g.GridKey));
            t.Field("createdAt", s => s.CreatedAtUtc).Type("DateTime!");
            t.Field("startedAt", s => s.StartedAtUtc).Type("DateTime");
            t.Field("endedAt", s => s.EndedAtUtc).Type("DateTime");
            t.Field("dataExpiresAt", s => s.DataExpiresAtUtc).Type("DateTime").Description("When the data is deleted: session end + facility retention + extensions; null until the session ends.");
            t.Field("daysLeft").Type("Int").Cost(0).Description("Whole days before the data is deleted (floored, never negative); null until the session ends.")
                .Resolve(ctx => ctx.Parent<SessionView>().DaysLeftAt(ctx.Service<TimeProvider>().GetUtcNow()));
            t.Field("dataDeletedAt", s => s.DataDeletedAtUtc).Type("DateTime");
        });
        schema.Node<SessionView>("Session", s => s.Id, LoadAsync);
        schema.Connection<SessionView>("Session");
        SessionListArguments.Describe(schema);
    }
}
