using Platform.Gateway.Authorization;
using Platform.Gateway.Bookings;
using Platform.Gateway.Lists;
using Platform.Gateway.Loading;
using Platform.Gateway.Microscopes;
using Platform.Gateway.Sessions;
using Platform.Grains.Facilities;
using Platform.Grains.Microscopes;
using Platform.GraphQL.Building;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Relay;
using Platform.Runtime.Indexing;

namespace Platform.Gateway.Facilities;

/// <summary>GraphQL: the <c>Facility</c> node, <c>facility(key)</c>, <c>facilities</c>, and a facility's scoped lookups.</summary>
public static class FacilityQueries
{
    /// <summary>The facility, or null when unknown or not visible to the caller (<see cref="Visibility.Facility"/>).</summary>
    public static async Task<FacilityView?> LoadAsync(ResolverContext context, string key) =>
        await GrainLoader.LoadAsync(context, "facilities", key, (grains, k) => grains.GetGrain<IFacilityGrain>(k).GetAsync()).ConfigureAwait(false) is { } facility
        && Visibility.Facility(context.Caller(), facility.Id) ? facility : null;

    public static void Describe(SchemaBuilder schema)
    {
        schema.Object<FacilityView>("Facility", t =>
        {
            t.Authorize(Rules.WithParent);
            t.Description("A cryo-EM facility: one tenant of the platform.");
            t.Field("key", f => f.Id).Type("String!").Description("The facility's own id (e.g. \"demo\").");
            t.Field("name", f => f.Settings.Name).Type("String!");
            t.Field("retentionDays", f => f.Settings.Retention.RetentionDays).Type("Int!").Description("Days session data is kept after the session ends.");
            t.Field("warningLeadDays", f => f.Settings.Retention.WarningLeadDays).Type("Int!").Description("Days before deletion that users are warned.");
            t.Field("defaultCollection", f => f.Settings.DefaultCollection).Type("CollectionParameters!").Description("The collection parameters new sessions start from.");
            t.Field("createdAt", f => f.CreatedAtUtc).Type("DateTime!");
            t.Field("microscope").Type("Microscope").Argument("key", "String!").Description("One of this facility's microscopes; null when unknown or another facility's.")
                .Resolve(async ctx => await MicroscopeQueries.LoadAsync(ctx, ctx.Argument<string>("key")!).ConfigureAwait(false) is { } m && m.Registration.FacilityId == ctx.Parent<FacilityView>().Id ? m : null);
            t.Field("booking").Type("Booking").Argument("key", "String!").Description("One of this facility's bookings; null when unknown or another facility's.")
                .Resolve(async ctx => await BookingQueries.LoadAsync(ctx, ctx.Argument<string>("key")!).ConfigureAwait(false) is { } b && b.FacilityId == ctx.Parent<FacilityView>().Id ? b : null);
            t.Field("session").Type("Session").Argument("key", "String!").Description("One of this facility's sessions; null when unknown or another facility's.")
                .Resolve(async ctx => await SessionQueries.LoadAsync(ctx, ctx.Argument<string>("key")!).ConfigureAwait(false) is { } s && s.FacilityId == ctx.Parent<FacilityView>().Id ? s : null);
            t.Field("microscopes").Type("MicroscopeConnection!").PagingArguments().Description("The facility's microscopes, by name.").Authorize(Rules.ScopedList)
                .Resolve(ctx => ListScopes.Microscopes(ctx.Caller(), ctx.Parent<FacilityView>().Id) is { } scope
                    ? IndexConnections.LoadAsync(ctx, FacilityIndex.MicroscopesTable,
                        [new IndexFilter(FacilityIndex.FacilityId, IndexOperator.Equal, ctx.Parent<FacilityView>().Id), .. scope], [new IndexOrder(FacilityIndex.Name)], MicroscopeQueries.LoadAsync)
                    : Task.FromResult(IndexConnections.Empty<MicroscopeView>(ctx)));
            t.Field("bookings").Type("BookingConnection!").PagingArguments()
                .Argument("where", "BookingWhere").Argument("order", "[BookingOrder!]")
                .Description("The facility's bookings, filtered and ordered (default: by start time).").Authorize(Rules.ScopedList)
                .Resolve(ctx => BookingQueries.ListAsync(ctx, ctx.Parent<FacilityView>().Id));
            t.Field("sessions").Type("SessionConnection!").PagingArguments()
                .Argument("where", "SessionWhere").Argument("order", "[SessionOrder!]")
                .Description("The facility's sessions, filtered and ordered (default: newest first).").Authorize(Rules.ScopedList)
                .Resolve(ctx => SessionListArguments.ListAsync(ctx, ctx.Parent<FacilityView>().Id));
        });
        schema.Node<FacilityView>("Facility", f => f.Id, LoadAsync);
        schema.Connection<FacilityView>("Facility");
        schema.Query(q =>
        {
            q.Field("facility").Type("Facility").Argument("key", "String!")
                .Description("A facility by its key, or null when there is none.").Authorize(Rules.SignedIn)
                .Resolve(ctx => LoadAsync(ctx, ctx.Argument<string>("key")!));
            q.Field("facilities").Type("FacilityConnection!").PagingArguments().Description("The facilities the caller belongs to (every facility for platform admins), by name.")
                .Authorize(Rules.SignedIn)
                .Resolve(ctx => ListScopes.Facilities(ctx.Caller()) is { } scope
                    ? IndexConnections.LoadAsync(ctx, FacilityIndex.FacilitiesTable, scope, [new IndexOrder(FacilityIndex.Name)], LoadAsync)
                    : Task.FromResult(IndexConnections.Empty<FacilityView>(ctx)));
        });
    }
}
