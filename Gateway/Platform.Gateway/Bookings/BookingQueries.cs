using Platform.Gateway.Authorization;
using Platform.Gateway.Errors;
using Platform.Gateway.Facilities;
using Platform.Gateway.Lists;
using Platform.Gateway.Loading;
using Platform.Gateway.Microscopes;
using Platform.Gateway.Sessions;
using Platform.Grains.Bookings;
using Platform.GraphQL.Building;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Relay;
using Platform.Runtime.Indexing;

namespace Platform.Gateway.Bookings;

/// <summary>GraphQL: the <c>Booking</c> node and a facility's bookings filtered by microscope and time range.</summary>
public static class BookingQueries
{
    /// <summary>The booking, or null when unknown or not visible to the caller (<see cref="Visibility.Booking"/>).</summary>
    public static async Task<BookingView?> LoadAsync(ResolverContext context, string key) =>
        Visible(context, await GrainLoader.LoadAsync(context, "bookings", key, (grains, k) => grains.GetGrain<IBookingGrain>(k).GetAsync()).ConfigureAwait(false));

    /// <summary>The booking a global id names, read now (not cached), as the caller sees it (null: unknown, malformed or invisible).</summary>
    public static async Task<BookingView?> FindAsync(ResolverContext context, string? globalId) =>
        NodeKeys.TryOf("Booking", globalId) is { } key
            ? Visible(context, await GrainLoader.ReadCurrentAsync(context, grains => grains.GetGrain<IBookingGrain>(key).GetAsync()).ConfigureAwait(false))
            : null;

    private static BookingView? Visible(ResolverContext context, BookingView? booking) =>
        booking is not null && Visibility.Booking(context.Caller(), booking.FacilityId, booking.Request.GroupId) ? booking : null;

    public static void Describe(SchemaBuilder schema)
    {
        schema.Enum("BookingType", e => e.Description("What a booking reserves the microscope for; only BOOKING can have sessions.").Values<BookingType>());
        schema.Object<BookingView>("Booking", t =>
        {
            t.Authorize(Rules.WithParent);
            t.Description("A reservation of a microscope by a user of a group.");
            t.Field("key", b => b.Id).Type("String!");
            t.Field("facility").Type("Facility!").Resolve(ctx => FacilityQueries.LoadAsync(ctx, ctx.Parent<BookingView>().FacilityId));
            t.Field("microscope").Type("Microscope!").Resolve(ctx => MicroscopeQueries.LoadAsync(ctx, ctx.Parent<BookingView>().Request.MicroscopeId));
            t.Field("title", b => b.Request.Title).Type("String!");
            t.Field("type", b => b.Request.Type).Type("BookingType!");
            t.Field("ownerUserId", b => b.Request.OwnerUserId).Type("String!");
            t.Field("groupId", b => b.Request.GroupId).Type("String!");
            t.Field("startsAt", b => b.Request.StartUtc).Type("DateTime!");
            t.Field("endsAt", b => b.Request.EndUtc).Type("DateTime!");
            t.Field("createdAt", b => b.CreatedAtUtc).Type("DateTime!");
            t.Field("sessions").Type("[Session!]!").Description("Sessions created from this booking.")
                .Resolve(async ctx => (await Task.WhenAll(ctx.Parent<BookingView>().SessionIds.Select(id => SessionQueries.LoadAsync(ctx, id))).ConfigureAwait(false)).OfType<object>().ToList());
        });
        schema.Node<BookingView>("Booking", b => b.Id, LoadAsync);
        schema.Connection<BookingView>("Booking");
        schema.InputObject("BookingWhere", i => i
            .Description("Filters on a facility's bookings; all given conditions must hold.")
            .Field("microscopeId", "ID", description: "Only this microscope's bookings (global id).")
            .Field("from", "DateTime", description: "Only bookings that end after this time.")
            .Field("to", "DateTime", description: "Only bookings that start before this time.")
            .Field("type", "BookingType"));
        schema.Enum("BookingOrderField", e => e.Description("What bookings can be sorted by.").Value("STARTS_AT", BookingIndex.StartAt).Value("ENDS_AT", BookingIndex.EndAt));
        schema.InputObject("BookingOrder", i => i
            .Description("One sort key for bookings.")
            .Field("field", "BookingOrderField!").Field("direction", "SortDirection!", "ASC"));
    }

    /// <summary>The bookings connection of a facility, answered from the bookings index.</summary>
    public static Task<Connection<BookingView>> ListAsync(ResolverContext context, string facilityId)
    {
        if (ListScopes.Bookings(context.Caller(), facilityId) is not { } scope)
        {
            return Task.FromResult(IndexConnections.Empty<BookingView>(context));
        }

        var filters = new List<IndexFilter> { new(BookingIndex.FacilityId, IndexOperator.Equal, facilityId) };
        filters.AddRange(scope);
        if (context.Argument<IReadOnlyDictionary<string, object?>>("where") is { } where)
        {
            if (where.GetValueOrDefault("microscopeId") is string microscope)
            {
                if (ListArguments.KeyOrNull("Microscope", microscope) is not { } key)
                {
                    return Task.FromResult(IndexConnections.Empty<BookingView>(context));
                }

                filters.Add(new(BookingIndex.MicroscopeId, IndexOperator.Equal, key));
            }

            if (where.GetValueOrDefault("from") is DateTimeOffset from)
            {
                filters.Add(new(BookingIndex.EndAt, IndexOperator.GreaterThan, from));
            }

            if (where.GetValueOrDefault("to") is DateTimeOffset to)
            {
                filters.Add(new(BookingIndex.StartAt, IndexOperator.LessThan, to));
            }

            if (where.GetValueOrDefault("type") is BookingType type)
            {
                filters.Add(new(BookingIndex.Type, IndexOperator.Equal, type.ToString()));
            }
        }

        var order = ListArguments.OrderOf(context, BookingIndex.StartAt, descendingByDefault: false);
        return IndexConnections.LoadAsync(context, BookingIndex.Table, filters, order, LoadAsync);
    }
}
