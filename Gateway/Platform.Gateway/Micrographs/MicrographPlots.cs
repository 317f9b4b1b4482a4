using Platform.Gateway.Authorization;
using Platform.Grains.Micrographs;
using Platform.GraphQL.Building;
using Platform.GraphQL.Execution;
using Platform.Runtime.Indexing;

namespace Platform.Gateway.Micrographs;

/// <summary>GraphQL: the plots' data of a session's micrographs (statistics, histogram, time series), each computed in the database by <see cref="IIndexReader"/>.</summary>
public static class MicrographPlots
{
    /// <summary>Most histogram bins (the index reader's limit).</summary>
    public const int MaxBins = 1_000;

    /// <summary>Longest series bucket: one week.</summary>
    public const int MaxBucketMinutes = 7 * 24 * 60;

    public static void Describe(SchemaBuilder schema)
    {
        schema.Object<IndexStatistics>("MicrographStatistics", t =>
        {
            t.Authorize(Rules.WithParent);
            t.Description("Summary of one metric over the matching micrographs; micrographs without a value are not counted.");
            t.Field("count", s => (double)s.Count).Type("Float!").Description("How many have a value (a Float: may pass 2^31).");
            t.Field("min", s => s.Min).Type("Float");
            t.Field("max", s => s.Max).Type("Float");
            t.Field("mean", s => s.Mean).Type("Float");
        });
        schema.Object<MicrographHistogram>("MicrographHistogram", t =>
        {
            t.Authorize(Rules.WithParent);
            t.Description("Counts of one metric in equal-width bins over [min, max]; the last bin includes max. Empty when no micrograph has a value.");
            t.Field("min", h => h.MinValue).Type("Float");
            t.Field("max", h => h.MaxValue).Type("Float");
            t.Field("binWidth", h => h.BinWidth).Type("Float");
            t.Field("counts", h => h.Counts.Select(c => (double)c).ToList()).Type("[Float!]!").Description("Count per bin, lowest bin first.");
        });
        schema.Object<IndexSeriesPoint>("MicrographSeriesPoint", t =>
        {
            t.Authorize(Rules.WithParent);
            t.Description("One time bucket of acquisition: how many micrographs, and the mean of the metric over those with a value.");
            t.Field("bucketStart", p => p.BucketStartUtc).Type("DateTime!");
            t.Field("count", p => (double)p.Count).Type("Float!");
            t.Field("mean", p => p.Mean).Type("Float");
        });
        schema.Object<Grains.Sessions.SessionView>("Session", t =>
        {
            Selection(t.Field("micrographStatistics").Type("MicrographStatistics!").Description("Count, min, max and mean of a metric over the matching micrographs."))
                .Resolve(StatisticsAsync);
            Selection(t.Field("micrographHistogram").Type("MicrographHistogram!").Description("A histogram of a metric; min and max default to the matching values' range."))
                .Argument("bins", "Int", "20", $"Number of bins, 1 to {MaxBins}.")
                .Argument("min", "Float", description: "Lower edge (default: the smallest value).")
                .Argument("max", "Float", description: "Upper edge (default: the largest value).")
                .Resolve(HistogramAsync);
            Selection(t.Field("micrographSeries").Type("[MicrographSeriesPoint!]!").Description("The metric's mean per acquisition-time bucket (aligned to the Unix epoch), oldest first."))
                .Argument("bucketMinutes", "Int", "10", $"Bucket length in minutes, 1 to {MaxBucketMinutes}.")
                .Resolve(SeriesAsync);
        });
    }

    private static FieldDescriptor Selection(FieldDescriptor field) => field
        .Argument("metric", "MicrographMetric!")
        .Argument("where", "MicrographWhere", description: "Ranges and conditions; all must hold.")
        .Argument("filter", "String", description: "A saved filter's name, applied together with where.");

    private static async Task<IndexStatistics> StatisticsAsync(ResolverContext context)
    {
        var filters = await MicrographSelection.FiltersAsync(context).ConfigureAwait(false);
        return await context.Service<IIndexReader>().StatisticsAsync(MicrographIndex.Table, filters, Column(context), context.CancellationToken).ConfigureAwait(false);
    }

    private static async Task<MicrographHistogram> HistogramAsync(ResolverContext context)
    {
        var bins = context.Argument<int>("bins");
        var min = context.Argument<double?>("min");
        var max = context.Argument<double?>("max");
        if (bins is < 1 or > MaxBins)
        {
            throw new GraphQLException($"bins: must be 1 to {MaxBins}.", ErrorCodes.BadUserInput);
        }

        if (min is { } a && !double.IsFinite(a) || max is { } b && !double.IsFinite(b) || min is { } lo && max is { } hi && hi <= lo)
        {
            throw new GraphQLException("min and max: must be finite with max above min.", ErrorCodes.BadUserInput);
        }

        var filters = await MicrographSelection.FiltersAsync(context).ConfigureAwait(false);
        var reader = context.Service<IIndexReader>();
        var column = Column(context);
        if (min is null || max is null)
        {
            var statistics = await reader.StatisticsAsync(MicrographIndex.Table, filters, column, context.CancellationToken).ConfigureAwait(false);
            if (statistics.Count == 0)
            {
                return new MicrographHistogram(min, max, []);
            }

            var (givenMin, givenMax) = (min, max);
            min ??= Math.Min(statistics.Min!.Value, max ?? double.MaxValue);
            max ??= Math.Max(statistics.Max!.Value, min.Value);
            if (max <= min)
            {
                // Every value equal, or a given bound at the values' edge: widen only the defaulted bound(s), by a unit.
                (min, max) = (givenMin, givenMax) switch
                {
                    (null, null) => (min - 0.5, max + 0.5),
                    (null, _) => (max - 1, max),
                    _ => (min, min + 1),
                };
            }
        }

        var counts = await reader.HistogramAsync(MicrographIndex.Table, filters, column, min!.Value, max!.Value, bins, context.CancellationToken).ConfigureAwait(false);
        return new MicrographHistogram(min, max, counts);
    }

    private static async Task<IReadOnlyList<IndexSeriesPoint>> SeriesAsync(ResolverContext context)
    {
        var minutes = context.Argument<int>("bucketMinutes");
        if (minutes is < 1 or > MaxBucketMinutes)
        {
            throw new GraphQLException($"bucketMinutes: must be 1 to {MaxBucketMinutes}.", ErrorCodes.BadUserInput);
        }

        var filters = await MicrographSelection.FiltersAsync(context).ConfigureAwait(false);
        return await context.Service<IIndexReader>().SeriesAsync(MicrographIndex.Table, filters, MicrographIndex.AcquiredAt, Column(context), TimeSpan.FromMinutes(minutes), context.CancellationToken).ConfigureAwait(false);
    }

    private static string Column(ResolverContext context) => MicrographIndex.ColumnFor(context.Argument<MicrographMetric>("metric"));
}
