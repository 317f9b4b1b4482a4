using Platform.Grains.Errors;
using Platform.Grains.Micrographs;
using Platform.Grains.Sessions;
using Platform.GraphQL.Building;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Types;
using Platform.Runtime;
using Platform.Runtime.Indexing;

namespace Platform.Gateway.Micrographs;

/// <summary>
/// GraphQL: the <c>MicrographWhere</c>/<c>MicrographOrder</c> inputs and the <c>MicrographMetric</c> enum, and the one
/// translation of a field's <c>where</c> and <c>filter</c> arguments into index filters for the parent session.
/// </summary>
public static class MicrographSelection
{
    public static void Describe(SchemaBuilder schema)
    {
        schema.Enum("MicrographMetric", e => e.Description("The per-micrograph numbers to filter, sort and plot by.").Values<MicrographMetric>());
        schema.InputObject("MetricRangeInput", i => i
            .Description("An inclusive range; a missing bound is open. A micrograph without a value fails the range.")
            .Field("min", "Float").Field("max", "Float"));
        schema.InputObject("MicrographWhere", i =>
        {
            i.Description("Conditions on a session's micrographs; all given conditions must hold.");
            foreach (var metric in Enum.GetValues<MicrographMetric>())
            {
                i.Field(FieldName(metric), "MetricRangeInput");
            }

            i.Field("gridPosition", "Int", description: "Only micrographs of the grid at this autoloader position.")
                .Field("source", "String", description: "Only results of this source (agent or a pipeline's name).")
                .Field("excluded", "Boolean", description: "Only micrographs excluded by hand (true) or not (false).");
        });
        schema.Enum("MicrographOrderField", e =>
        {
            e.Description("What micrographs can be sorted by.")
                .Value("ACQUIRED_AT", MicrographIndex.AcquiredAt).Value("NAME", MicrographIndex.Name)
                .Value("GRID_POSITION", MicrographIndex.GridPosition).Value("SOURCE", MicrographIndex.Source);
            foreach (var metric in Enum.GetValues<MicrographMetric>())
            {
                e.Value(SpecNames.ScreamingSnakeCase(metric.ToString()), MicrographIndex.ColumnFor(metric));
            }
        });
        schema.InputObject("MicrographOrder", i => i
            .Description("One sort key for micrographs.")
            .Field("field", "MicrographOrderField!").Field("direction", "SortDirection!", "ASC"));
    }

    /// <summary>The <c>where</c> field (and result field) of a metric: its name in camelCase, e.g. <c>defocusAngstrom</c>.</summary>
    public static string FieldName(MicrographMetric metric) => string.Concat(char.ToLowerInvariant(metric.ToString()[0]).ToString(), metric.ToString()[1..]);

    /// <summary>
    /// Index filters for the parent session's micrographs matching <c>where</c> and the saved <c>filter</c>. Invalid
    /// ranges are a BAD_USER_INPUT error naming the field; an unknown filter name is a NOT_FOUND error.
    /// </summary>
    public static async Task<IReadOnlyList<IndexFilter>> FiltersAsync(ResolverContext context)
    {
        var session = context.Parent<SessionView>();
        var filters = new List<IndexFilter> { new(MicrographIndex.SessionId, IndexOperator.Equal, session.Id) };
        if (context.Argument<IReadOnlyDictionary<string, object?>>("where") is { } where)
        {
            var ranges = Ranges(where);
            if (new MicrographFilter("where", ranges, [], []).Validate() is { Count: > 0 } errors)
            {
                throw new GraphQLException(string.Join("; ", errors.Select(e => $"where.{e.Field}: {e.Reason}")), ErrorCodes.BadUserInput);
            }

            foreach (var range in ranges)
            {
                var column = MicrographIndex.ColumnFor(range.Metric);
                filters.Add(range.Min is { } min ? new(column, IndexOperator.GreaterThanOrEqual, min) : new(column, IndexOperator.IsNotNull));
                if (range.Max is { } max)
                {
                    filters.Add(new(column, IndexOperator.LessThanOrEqual, max));
                }
            }

            Add(where, filters, "gridPosition", MicrographIndex.GridPosition, v => (long)(int)v);
            Add(where, filters, "source", MicrographIndex.Source, v => v);
            Add(where, filters, "excluded", MicrographIndex.Excluded, v => v);
        }

        if (context.Argument<string>("filter") is { } name)
        {
            MicrographFilter saved;
            try
            {
                saved = await context.Service<IGrainFactory>().GetGrain<IMicrographFiltersGrain>(session.Id).GetAsync(name).ConfigureAwait(false);
            }
            catch (NotFoundException missing)
            {
                throw new GraphQLException(missing.Message, missing.Code);
            }

            filters.AddRange(saved.ToIndexFilters(session.Id));
        }

        return filters;
    }

    private static List<MetricRange> Ranges(IReadOnlyDictionary<string, object?> where)
    {
        var ranges = new List<MetricRange>();
        foreach (var metric in Enum.GetValues<MicrographMetric>())
        {
            if (where.GetValueOrDefault(FieldName(metric)) is IReadOnlyDictionary<string, object?> range)
            {
                ranges.Add(new MetricRange(metric, Number(range.GetValueOrDefault("min")), Number(range.GetValueOrDefault("max"))));
            }
        }

        return ranges;
    }

    internal static double? Number(object? value) => value is null ? null : Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture);

    private static void Add(IReadOnlyDictionary<string, object?> where, List<IndexFilter> filters, string field, string column, Func<object, object?> convert)
    {
        if (where.GetValueOrDefault(field) is { } value)
        {
            filters.Add(new(column, IndexOperator.Equal, convert(value)));
        }
    }
}
