using Platform.Gateway.Authorization;
using Platform.Gateway.Lists;
using Platform.Grains.Sessions;
using Platform.GraphQL.Building;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Relay;
using Platform.Runtime.Indexing;

namespace Platform.Gateway.Sessions;

/// <summary>GraphQL: <c>SessionWhere</c> / <c>SessionOrder</c>, and a facility's sessions answered from the sessions index.</summary>
public static class SessionListArguments
{
    public static void Describe(SchemaBuilder schema)
    {
        schema.InputObject("SessionWhere", i => i
            .Description("Filters on a facility's sessions; all given conditions must hold.")
            .Field("microscopeId", "ID", description: "Only sessions on this microscope (global id).")
            .Field("bookingId", "ID", description: "Only sessions of this booking (global id).")
            .Field("groupId", "String")
            .Field("ownerUserId", "String")
            .Field("states", "[SessionRunState!]", description: "Only sessions in one of these run states.")
            .Field("name", "String", description: "The full name (YYYYMMDD_Name), exactly.")
            .Field("nameStartsWith", "String", description: "Names beginning with this text (e.g. a date, 20260301).")
            .Field("createdFrom", "DateTime", description: "Created at or after.")
            .Field("createdTo", "DateTime", description: "Created before.")
            .Field("endedFrom", "DateTime", description: "Ended at or after.")
            .Field("endedTo", "DateTime", description: "Ended before.")
            .Field("dataExpiresBefore", "DateTime", description: "Data deleted before this time."));
        schema.Enum("SessionOrderField", e => e
            .Description("What sessions can be sorted by.")
            .Value("NAME", SessionIndex.Name).Value("STATE", SessionIndex.RunState).Value("CREATED_AT", SessionIndex.CreatedAt)
            .Value("ENDED_AT", SessionIndex.EndedAt).Value("DATA_EXPIRES_AT", SessionIndex.DataExpiresAt));
        schema.InputObject("SessionOrder", i => i
            .Description("One sort key for sessions.")
            .Field("field", "SessionOrderField!").Field("direction", "SortDirection!", "ASC"));
    }

    /// <summary>The sessions connection of a facility (default order: newest first).</summary>
    public static Task<Connection<SessionView>> ListAsync(ResolverContext context, string facilityId)
    {
        var scope = ListScopes.Sessions(context.Caller(), facilityId);
        var filters = new List<IndexFilter> { new(SessionIndex.FacilityId, IndexOperator.Equal, facilityId) };
        filters.AddRange(scope ?? []);
        var matchesNothing = scope is null;
        if (context.Argument<IReadOnlyDictionary<string, object?>>("where") is { } where)
        {
            void Add(string field, string column, IndexOperator op, Func<object, object?>? convert = null)
            {
                if (where.GetValueOrDefault(field) is { } value)
                {
                    filters.Add(new(column, op, convert is null ? value : convert(value)));
                }
            }

            object? Key(string type, object id) => ListArguments.KeyOrNull(type, (string)id) ?? (object?)(matchesNothing = true);
            Add("microscopeId", SessionIndex.MicroscopeId, IndexOperator.Equal, v => Key("Microscope", v));
            Add("bookingId", SessionIndex.BookingId, IndexOperator.Equal, v => Key("Booking", v));
            Add("groupId", SessionIndex.GroupId, IndexOperator.Equal);
            Add("ownerUserId", SessionIndex.OwnerUserId, IndexOperator.Equal);
            Add("states", SessionIndex.RunState, IndexOperator.In, v => ((IReadOnlyList<object?>)v).Select(s => (object?)s!.ToString()).ToList());
            matchesNothing |= where.GetValueOrDefault("states") is IReadOnlyList<object?> { Count: 0 };
            Add("name", SessionIndex.Name, IndexOperator.Equal);
            Add("nameStartsWith", SessionIndex.Name, IndexOperator.StartsWith);
            Add("createdFrom", SessionIndex.CreatedAt, IndexOperator.GreaterThanOrEqual);
            Add("createdTo", SessionIndex.CreatedAt, IndexOperator.LessThan);
            Add("endedFrom", SessionIndex.EndedAt, IndexOperator.GreaterThanOrEqual);
            Add("endedTo", SessionIndex.EndedAt, IndexOperator.LessThan);
            Add("dataExpiresBefore", SessionIndex.DataExpiresAt, IndexOperator.LessThan);
        }

        if (matchesNothing)
        {
            return Task.FromResult(IndexConnections.Empty<SessionView>(context));
        }

        var order = ListArguments.OrderOf(context, SessionIndex.CreatedAt, descendingByDefault: true);
        return IndexConnections.LoadAsync(context, SessionIndex.Table, filters, order, SessionQueries.LoadAsync);
    }
}
