using Platform.Grains.Grids;
using Platform.Grains.Targets;
using Platform.Runtime.Indexing;

namespace Platform.Gateway.Agents.Targets;

/// <summary>A target as listed from the <c>targets</c> index table (no grain is activated to list a grid's targets).</summary>
public sealed record GridTargetSummary(
    string TargetId,
    string? ParentTargetId,
    TargetLevel Level,
    WorkState State,
    double Score,
    string Label,
    bool Selected,
    int? BisGroup,
    double StageXMicrons,
    double StageYMicrons,
    bool AddedByUser,
    int Acquisitions,
    DateTimeOffset UpdatedAtUtc)
{
    public static GridTargetSummary From(IndexRow row)
    {
        var v = row.Values;
        return new(
            (string)v[TargetIndex.TargetId]!,
            v.GetValueOrDefault(TargetIndex.ParentTargetId) as string,
            Enum.Parse<TargetLevel>((string)v[TargetIndex.Level]!),
            Enum.Parse<WorkState>((string)v[TargetIndex.State]!),
            v.GetValueOrDefault(TargetIndex.Score) as double? ?? 0,
            v.GetValueOrDefault(TargetIndex.Label) as string ?? "",
            v.GetValueOrDefault(TargetIndex.Selected) as bool? ?? false,
            v.GetValueOrDefault(TargetIndex.BisGroup) is long group ? (int)group : null,
            v.GetValueOrDefault(TargetIndex.StageXMicrons) as double? ?? 0,
            v.GetValueOrDefault(TargetIndex.StageYMicrons) as double? ?? 0,
            v.GetValueOrDefault(TargetIndex.AddedByUser) as bool? ?? false,
            v.GetValueOrDefault(TargetIndex.Acquisitions) is long count ? (int)count : 0,
            v.GetValueOrDefault(TargetIndex.UpdatedAt) as DateTimeOffset? ?? default);
    }
}
