using System.Globalization;
using System.Text.Json.Nodes;
using Platform.AgentLink.Connection;
using Platform.AgentLink.Contracts;

namespace Platform.AgentLink.Outbox;

/// <summary>
/// A report as the platform's <c>AgentReportInput</c> wants it: the <c>@oneOf</c> field name (the outbox's kind) and the
/// input object (stored as JSON, sent as is). Refuses reports the platform could never accept (empty key, non-finite numbers).
/// </summary>
public static class ReportCodec
{
    public static (string Kind, JsonObject Input) Encode(AgentReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (string.IsNullOrWhiteSpace(report.IdempotencyKey) || report.IdempotencyKey.Length > 200)
        {
            throw new ArgumentException("A report needs an idempotency key of 1 to 200 characters.", nameof(report));
        }

        var input = new JsonObject
        {
            ["idempotencyKey"] = report.IdempotencyKey,
            ["sessionId"] = report.SessionId,
            ["occurredAt"] = report.OccurredAtUtc.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
        };
        var kind = report switch
        {
            RunStateReport r => Add(input, "runState", ("state", GraphQLEnumNames.Of(r.State)), ("message", r.Message)),
            GridStateReport r => Add(input, "gridState", ("gridPosition", r.GridPosition), ("state", GraphQLEnumNames.Of(r.State))),
            TargetsFoundReport r => Add(input, "targetsFound", ("gridPosition", r.GridPosition), ("parentTargetId", r.ParentTargetId), ("targets", new JsonArray([.. r.Targets.Select(Target)]))),
            TargetStateReport r => Add(input, "targetState", ("gridPosition", r.GridPosition), ("targetId", r.TargetId), ("state", GraphQLEnumNames.Of(r.State)), ("message", r.Message)),
            ImageReport r => Add(input, "image", ("gridPosition", r.GridPosition), ("targetId", r.TargetId), ("kind", GraphQLEnumNames.Of(r.Kind)), ("relativePath", r.RelativePath),
                ("widthPixels", r.WidthPixels), ("heightPixels", r.HeightPixels), ("pixelSizeAngstrom", Finite(r.PixelSizeAngstrom))),
            AcquisitionReport r => Add(input, "acquisition", ("gridPosition", r.GridPosition), ("targetId", r.TargetId), ("relativePath", r.RelativePath),
                ("defocusMicrons", Finite(r.DefocusMicrons)), ("imageShiftXMicrons", Finite(r.ImageShiftXMicrons)), ("imageShiftYMicrons", Finite(r.ImageShiftYMicrons)),
                ("exposureSeconds", Finite(r.ExposureSeconds)), ("frames", r.Frames), ("doseElectronsPerSquareAngstrom", Finite(r.DoseElectronsPerSquareAngstrom))),
            LogReport r => Add(input, "log", ("panel", GraphQLEnumNames.Of(r.Panel)), ("message", r.Message)),
            NotificationReport r => Add(input, "notification", ("kind", GraphQLEnumNames.Of(r.Kind)), ("message", r.Message)),
            TrackStatusReport r => Add(input, "trackStatus", ("track", GraphQLEnumNames.Of(r.Track)), ("state", GraphQLEnumNames.Of(r.State)), ("progress", Progress(r.Progress)),
                ("message", r.Message)),
            MicrographReport r => Add(input, "micrograph", ("result", MicrographReportCodec.Encode(r))),
            ClassAveragesReport r => Add(input, "classAverages", ("particleCount", r.ParticleCount), ("pixelSizeAngstrom", Finite(r.PixelSizeAngstrom)),
                ("boxPixels", r.BoxPixels), ("classes", new JsonArray([.. r.Classes.Select(ClassAverage)]))),
            _ => throw new ArgumentException($"Unknown report type {report.GetType().Name}.", nameof(report)),
        };
        return (kind, input);
    }

    public static JsonObject Target(TargetReport t) => new()
    {
        ["targetId"] = t.TargetId,
        ["parentTargetId"] = t.ParentTargetId,
        ["level"] = GraphQLEnumNames.Of(t.Level),
        ["stageXMicrons"] = Finite(t.StageXMicrons),
        ["stageYMicrons"] = Finite(t.StageYMicrons),
        ["imageXPixels"] = Finite(t.ImageXPixels),
        ["imageYPixels"] = Finite(t.ImageYPixels),
        ["score"] = Finite(t.Score),
        ["label"] = t.Label,
        ["selected"] = t.Selected,
        ["bisGroup"] = t.BisGroup,
    };

    public static JsonObject Progress(TrackProgress p) => new()
    {
        ["itemsDone"] = checked((int)p.ItemsDone),
        ["itemsPending"] = checked((int)p.ItemsPending),
        ["itemsFailed"] = checked((int)p.ItemsFailed),
        ["bytesDone"] = (double)p.BytesDone,
        ["itemsPerHour"] = p.ItemsPerHour is { } perHour ? Finite(perHour) : null,
        ["bytesPerSecond"] = p.BytesPerSecond is { } perSecond ? Finite(perSecond) : null,
    };

    public static JsonObject ClassAverage(ClassAverageImage c) => new()
    {
        ["number"] = c.Number,
        ["particleCount"] = c.ParticleCount,
        ["resolutionAngstrom"] = c.ResolutionAngstrom is { } r ? Finite(r) : null,
        ["pngBase64"] = Convert.ToBase64String(c.Png.Span),
    };

    private static string Add(JsonObject input, string kind, params (string Name, JsonNode? Value)[] fields)
    {
        foreach (var (name, value) in fields)
        {
            input[name] = value;
        }

        return kind;
    }

    private static double Finite(double value) =>
        double.IsFinite(value) ? value : throw new ArgumentException($"Reports carry finite numbers only, not {value}.");
}
