using Platform.Grains.Targets;

namespace Platform.Gateway.Agents.Targets;

/// <summary>Turns a coerced <c>FoundTargetInput</c> into a <see cref="TargetFound"/>.</summary>
public static class FoundTargetInput
{
    public static object From(IReadOnlyDictionary<string, object?> fields) => new TargetFound(
        (string)fields["targetId"]!,
        fields.GetValueOrDefault("parentTargetId") as string,
        (TargetLevel)fields["level"]!,
        (double)fields["stageXMicrons"]!,
        (double)fields["stageYMicrons"]!,
        fields.GetValueOrDefault("imageXPixels") as double? ?? 0,
        fields.GetValueOrDefault("imageYPixels") as double? ?? 0,
        fields.GetValueOrDefault("score") as double? ?? 0,
        fields.GetValueOrDefault("label") as string ?? "",
        fields.GetValueOrDefault("selected") as bool? ?? true,
        fields.GetValueOrDefault("bisGroup") as int?);

    /// <summary>Why a target cannot be stored (empty or overlong id, non-finite numbers), or null when it can.</summary>
    public static string? Problem(TargetFound target)
    {
        if (string.IsNullOrWhiteSpace(target.TargetId) || target.TargetId.Length > 200)
        {
            return "targetId must be 1 to 200 characters";
        }

        if (target.ParentTargetId is { Length: > 200 } || target.Label.Length > 200)
        {
            return "parentTargetId and label must be at most 200 characters";
        }

        double[] numbers = [target.StageXMicrons, target.StageYMicrons, target.ImageXPixels, target.ImageYPixels, target.Score];
        return numbers.All(double.IsFinite) ? null : $"target '{target.TargetId}' has a non-finite coordinate or score";
    }
}
