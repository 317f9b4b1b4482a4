using Platform.Gateway.Authorization;
using Platform.Gateway.Errors;
using Platform.Gateway.Sessions;
using Platform.Grains.Errors;
using Platform.Grains.Micrographs;
using Platform.Grains.Sessions;
using Platform.GraphQL.Building;
using Platform.GraphQL.Execution;
using Platform.Runtime;

namespace Platform.Gateway.Micrographs;

/// <summary>GraphQL: a session's saved micrograph filters (<c>Session.micrographFilters</c>), saving and deleting them, and the manual exclude flag.</summary>
public static class MicrographFilterSchema
{
    public static void Describe(SchemaBuilder schema)
    {
        schema.Object<MetricRange>("MetricRange", t =>
        {
            t.Authorize(Rules.WithParent);
            t.Description("An inclusive range over one metric; a missing bound is open.");
            t.Field("metric", r => r.Metric).Type("MicrographMetric!");
            t.Field("min", r => r.Min).Type("Float");
            t.Field("max", r => r.Max).Type("Float");
        });
        schema.Object<MicrographFilter>("MicrographFilter", t =>
        {
            t.Authorize(Rules.WithParent);
            t.Description("A saved filter: micrographs within every range pass unless excluded (here or by hand); included keys always pass.");
            t.Field("name", f => f.Name).Type("String!");
            t.Field("ranges", f => f.Ranges).Type("[MetricRange!]!");
            t.Field("includedKeys", f => f.IncludedKeys).Type("[String!]!").Description("Micrograph keys that pass regardless of the ranges.");
            t.Field("excludedKeys", f => f.ExcludedKeys).Type("[String!]!").Description("Micrograph keys that never pass.");
        });
        schema.Object<FilterList>("MicrographFilterList", t =>
        {
            t.Authorize(Rules.WithParent);
            t.Description("A session's saved micrograph filters after a change.");
            t.Field("filters", l => l.Filters).Type("[MicrographFilter!]!");
        });
        UserErrorTypes.Payload<FilterList>(schema, "MicrographFiltersPayload", "result", "MicrographFilterList");
        UserErrorTypes.Payload<MicrographView>(schema, "MicrographPayload", "micrograph", "Micrograph");
        schema.InputObject("MetricRangeFilterInput", i => i
            .Description("An inclusive range over one metric; give min, max or both.")
            .Field("metric", "MicrographMetric!").Field("min", "Float").Field("max", "Float"));
        schema.InputObject("MicrographFilterInput", i => i
            .Description("A filter to save (replacing one of the same name).")
            .Field("sessionId", "ID!", description: "Global id of the session.")
            .Field("name", "String!", description: "1–100 characters.")
            .Field("ranges", "[MetricRangeFilterInput!]!", "[]")
            .Field("includedKeys", "[String!]!", "[]", $"At most {MicrographFilter.MaxManualKeys} micrograph keys.")
            .Field("excludedKeys", "[String!]!", "[]", $"At most {MicrographFilter.MaxManualKeys} micrograph keys."));
        schema.InputObject("DeleteMicrographFilterInput", i => i
            .Description("Which saved filter to delete.")
            .Field("sessionId", "ID!").Field("name", "String!"));
        schema.Object<SessionView>("Session", t => t.Field("micrographFilters").Type("[MicrographFilter!]!").Description("The session's saved micrograph filters.")
            .Resolve(ctx => Filters(ctx, ctx.Parent<SessionView>().Id).ListAsync()));
        schema.Mutation(m =>
        {
            m.Field("saveMicrographFilter").Type("MicrographFiltersPayload!").Argument("input", "MicrographFilterInput!")
                .Description("Saves a named filter of a session's micrographs; every invalid field is a ValidationError.")
                .Authorize(Rules.Member(AccessTargets.SessionInInput()))
                .Resolve(ctx => UserErrors.RunAsync(async () =>
                {
                    var input = ctx.Argument<IReadOnlyDictionary<string, object?>>("input")!;
                    var filter = new MicrographFilter((string)input["name"]!, [.. List(input, "ranges").Cast<IReadOnlyDictionary<string, object?>>().Select(Range)], Keys(input, "includedKeys"), Keys(input, "excludedKeys"));
                    return new FilterList(await Filters(ctx, await SessionKeyAsync(ctx, input).ConfigureAwait(false)).SaveAsync(filter).ConfigureAwait(false));
                }));
            m.Field("deleteMicrographFilter").Type("MicrographFiltersPayload!").Argument("input", "DeleteMicrographFilterInput!")
                .Description("Deletes a saved filter; an unknown name is a NotFoundError.")
                .Authorize(Rules.Member(AccessTargets.SessionInInput()))
                .Resolve(ctx => UserErrors.RunAsync(async () =>
                {
                    var input = ctx.Argument<IReadOnlyDictionary<string, object?>>("input")!;
                    var name = (string)input["name"]!;
                    var grain = Filters(ctx, await SessionKeyAsync(ctx, input).ConfigureAwait(false));
                    return await grain.DeleteAsync(name).ConfigureAwait(false)
                        ? new FilterList(await grain.ListAsync().ConfigureAwait(false))
                        : throw new NotFoundException("MicrographFilter", name);
                }));
            m.Field("setMicrographExcluded").Type("MicrographPayload!").Argument("micrographKey", "String!").Argument("excluded", "Boolean!")
                .Description("Excludes a micrograph by hand (or takes it back); an unknown key is a NotFoundError.")
                .Authorize(Rules.Member(AccessTargets.MicrographArgument("micrographKey")))
                .Resolve(ctx => UserErrors.RunAsync(async () =>
                {
                    var given = ctx.Argument<string>("micrographKey")!;
                    var micrograph = await MicrographQueries.LoadAsync(ctx, MicrographKey(given)).ConfigureAwait(false) ?? throw new NotFoundException("Micrograph", given);
                    return await ctx.Service<IGrainFactory>().GetGrain<IMicrographGrain>(micrograph.Key).SetExcludedAsync(ctx.Argument<bool>("excluded")).ConfigureAwait(false);
                }));
        });
    }

    private static IMicrographFiltersGrain Filters(ResolverContext context, string sessionId) =>
        context.Service<IGrainFactory>().GetGrain<IMicrographFiltersGrain>(sessionId);

    /// <summary>The session's key; a malformed id or a session that does not exist or is not visible is a NotFoundError (filters are never saved for nothing).</summary>
    private static async Task<string> SessionKeyAsync(ResolverContext context, IReadOnlyDictionary<string, object?> input) =>
        (await SessionQueries.FindAsync(context, (string)input["sessionId"]!).ConfigureAwait(false))?.Id
        ?? throw new NotFoundException("Session", (string)input["sessionId"]!);

    /// <summary>A well-formed <c>sessionId/source/name</c> key; anything else names no micrograph (a NotFoundError, never a grain call).</summary>
    private static string MicrographKey(string key) => CanonicalKey(key) ?? throw new NotFoundException("Micrograph", key);

    /// <summary>The canonical form of a <c>sessionId/source/name</c> key; null when it is malformed.</summary>
    internal static string? CanonicalKey(string key)
    {
        var parts = key.Split('/');
        try
        {
            return parts.Length == 3 && !string.IsNullOrWhiteSpace(parts[0]) ? MicrographKeys.For(parts[0], parts[1], parts[2]) : null;
        }
        catch (InvalidInputException)
        {
            return null;
        }
    }

    private static IReadOnlyList<object?> List(IReadOnlyDictionary<string, object?> input, string field) =>
        input.GetValueOrDefault(field) as IReadOnlyList<object?> ?? [];

    private static List<string> Keys(IReadOnlyDictionary<string, object?> input, string field) => [.. List(input, field).Cast<string>()];

    private static MetricRange Range(IReadOnlyDictionary<string, object?> range) =>
        new((MicrographMetric)range["metric"]!, MicrographSelection.Number(range.GetValueOrDefault("min")), MicrographSelection.Number(range.GetValueOrDefault("max")));

    /// <summary>The filters of a session as a mutation's result object.</summary>
    private sealed record FilterList(IReadOnlyList<MicrographFilter> Filters);
}
