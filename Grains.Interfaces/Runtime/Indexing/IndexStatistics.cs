namespace Platform.Runtime.Indexing;

/// <summary>Summary of one numeric column over the rows matching some filters (nulls ignored): how many values, their range and mean.</summary>
public sealed record IndexStatistics(long Count, double? Min, double? Max, double? Mean);
