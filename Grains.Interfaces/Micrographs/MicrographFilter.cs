using Platform.Grains.Errors;
using Platform.Runtime;
using Platform.Runtime.Indexing;

namespace Platform.Grains.Micrographs;

/// <summary>
/// A named filter of a session's micrographs (nextPYP's filters): inclusive metric ranges, plus manual includes that
/// pass regardless of the ranges and manual excludes that never pass. Micrographs the user excluded by hand fail
/// unless included here. Applied in the database through <see cref="ToIndexFilters"/>.
/// </summary>
[Immutable]
public sealed record MicrographFilter(string Name, IReadOnlyList<MetricRange> Ranges, IReadOnlyList<string> IncludedKeys, IReadOnlyList<string> ExcludedKeys)
{
    /// <summary>Most manual includes or excludes one filter may hold (the database's IN-list limit).</summary>
    public const int MaxManualKeys = 1_000;

    /// <summary>The index filters selecting this filter's micrographs of <paramref name="sessionId"/>.</summary>
    public IReadOnlyList<IndexFilter> ToIndexFilters(string sessionId)
    {
        var ranges = new List<IndexFilter> { new(MicrographIndex.Excluded, IndexOperator.Equal, false) };
        foreach (var range in Ranges)
        {
            var column = MicrographIndex.ColumnFor(range.Metric);
            ranges.Add(range.Min is { } min ? new(column, IndexOperator.GreaterThanOrEqual, min) : new(column, IndexOperator.IsNotNull));
            if (range.Max is { } max)
            {
                ranges.Add(new(column, IndexOperator.LessThanOrEqual, max));
            }
        }

        return
        [
            new(MicrographIndex.SessionId, IndexOperator.Equal, sessionId),
            new("key", IndexOperator.NotIn, ExcludedKeys.Cast<object?>().ToList()),
            IndexFilter.AnyOf(ranges, [new IndexFilter("key", IndexOperator.In, IncludedKeys.Cast<object?>().ToList())]),
        ];
    }

    /// <summary>Every problem with the filter, by field.</summary>
    public IReadOnlyList<FieldError> Validate()
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(Name) || Name.Length > 100)
        {
            errors.Add(new("name", "must be 1–100 characters"));
        }

        foreach (var duplicate in Ranges.GroupBy(r => r.Metric).Where(g => g.Count() > 1))
        {
            errors.Add(new($"ranges.{duplicate.Key}", "appears more than once"));
        }

        foreach (var range in Ranges)
        {
            if (range.Min is null && range.Max is null)
            {
                errors.Add(new($"ranges.{range.Metric}", "needs a minimum or a maximum"));
            }
            else if (range.Min is { } min && range.Max is { } max && min > max)
            {
                errors.Add(new($"ranges.{range.Metric}", "minimum is above maximum"));
            }
            else if (range.Min is { } a && !double.IsFinite(a) || range.Max is { } b && !double.IsFinite(b))
            {
                errors.Add(new($"ranges.{range.Metric}", "bounds must be finite numbers"));
            }
        }

        if (IncludedKeys.Count > MaxManualKeys)
        {
            errors.Add(new("includedKeys", $"at most {MaxManualKeys} micrographs"));
        }

        if (ExcludedKeys.Count > MaxManualKeys)
        {
            errors.Add(new("excludedKeys", $"at most {MaxManualKeys} micrographs"));
        }

        return errors;
    }
}
