using System.Globalization;
using Platform.Runtime.Indexing;

namespace Platform.Storage.Indexing;

/// <summary>Aggregates over index tables (statistics, histograms, time series), computed by the database.</summary>
internal sealed partial class IndexSqlBuilder
{
    public const int MaxBins = 1_000;

    /// <summary>Columns: count, min, max, mean of the non-null values.</summary>
    public SqlText Statistics(IndexTable table, IReadOnlyList<IndexFilter> filters, string column)
    {
        var name = Numeric(table, column);
        var arguments = new Arguments(dialect);
        var conditions = Conditions(table, filters, arguments);
        conditions.Add($"{name} IS NOT NULL");
        return new SqlText($"SELECT count({name}), min({name}), max({name}), avg({name}) FROM {IndexCatalog.SqlName(table)}{Where(conditions)}", arguments.Items);
    }

    /// <summary>Rows: bin index (0 to bins − 1) and count; empty bins are absent.</summary>
    public SqlText Histogram(IndexTable table, IReadOnlyList<IndexFilter> filters, string column, double min, double max, int bins)
    {
        if (bins is < 1 or > MaxBins)
        {
            throw new ArgumentException($"A histogram needs 1 to {MaxBins} bins; got {bins}.", nameof(bins));
        }

        if (!double.IsFinite(min) || !double.IsFinite(max) || max <= min)
        {
            throw new ArgumentException($"A histogram needs finite bounds with max > min; got [{min}, {max}].", nameof(max));
        }

        var name = Numeric(table, column);
        var arguments = new Arguments(dialect);
        var conditions = Conditions(table, filters, arguments);
        var low = arguments.Add(IndexColumnType.Real, min);
        var high = arguments.Add(IndexColumnType.Real, max);
        conditions.Add($"{name} >= {low}");
        conditions.Add($"{name} <= {high}");
        var last = (bins - 1).ToString(CultureInfo.InvariantCulture);
        var count = bins.ToString(CultureInfo.InvariantCulture);
        var bin = $"CASE WHEN {name} >= {high} THEN {last} ELSE {dialect.FloorToInteger($"({name} - {low}) * {count} / ({high} - {low})")} END";
        return new SqlText($"SELECT {bin} AS bin, count(*) FROM {IndexCatalog.SqlName(table)}{Where(conditions)} GROUP BY 1", arguments.Items);
    }

    /// <summary>Rows: bucket number (Unix seconds / bucket seconds, floored), count, mean of the value column; oldest first.</summary>
    public SqlText Series(IndexTable table, IReadOnlyList<IndexFilter> filters, string timeColumn, string valueColumn, TimeSpan bucket)
    {
        if (bucket < TimeSpan.FromSeconds(1))
        {
            throw new ArgumentException($"A series bucket must be at least one second; got {bucket}.", nameof(bucket));
        }

        if (TypeOf(table, timeColumn) != IndexColumnType.Timestamp)
        {
            throw new ArgumentException($"Column '{timeColumn}' of '{table.Name}' is not a Timestamp.", nameof(timeColumn));
        }

        var time = IndexCatalog.SqlName(timeColumn);
        var value = Numeric(table, valueColumn);
        var arguments = new Arguments(dialect);
        var conditions = Conditions(table, filters, arguments);
        conditions.Add($"{time} IS NOT NULL");
        var seconds = arguments.Add(IndexColumnType.Real, bucket.TotalSeconds);
        return new SqlText(
            $"SELECT {dialect.FloorToInteger($"{dialect.EpochSeconds(time)} / {seconds}")} AS bucket, count(*), avg({value}) FROM {IndexCatalog.SqlName(table)}{Where(conditions)} GROUP BY 1 ORDER BY 1",
            arguments.Items);
    }

    private static string Numeric(IndexTable table, string column) =>
        TypeOf(table, column) is IndexColumnType.Integer or IndexColumnType.Real
            ? IndexCatalog.SqlName(column)
            : throw new ArgumentException($"Column '{column}' of '{table.Name}' is not numeric (Integer or Real).", nameof(column));
}
