using Platform.Grains.Errors;
using Platform.Grains.Facilities;
using Platform.GraphQL.Building;
using Platform.Runtime;

namespace Platform.Gateway.Facilities;

/// <summary>GraphQL: <c>facility(id)</c> and the <c>Facility</c> type (the first slice of the platform schema).</summary>
public static class FacilityQueries
{
    public static void Describe(SchemaBuilder schema)
    {
        schema.Object<FacilityView>("Facility", t =>
        {
            t.Description("A cryo-EM facility: one tenant of the platform.");
            t.Field("id", f => f.Id).Type("ID!");
            t.Field("name", f => f.Settings.Name).Type("String!");
            t.Field("retentionDays", f => f.Settings.Retention.RetentionDays).Type("Int!").Description("Days session data is kept after the session ends.");
            t.Field("warningLeadDays", f => f.Settings.Retention.WarningLeadDays).Type("Int!").Description("Days before deletion that users are warned.");
        });
        schema.Query(q => q.Field("facility").Type("Facility").Argument("id", "ID!")
            .Description("A facility by id, or null when there is none.")
            .Resolve(async ctx =>
            {
                try
                {
                    return await ctx.Service<IGrainFactory>().GetGrain<IFacilityGrain>(ctx.Argument<string>("id")!).GetAsync();
                }
                catch (NotFoundException)
                {
                    return null;
                }
            }));
    }
}
