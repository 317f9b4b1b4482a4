using System.Globalization;
using System.Text.Json.Nodes;
using Platform.AgentLink.Contracts;

namespace Platform.AgentLink.Outbox;

/// <summary>
/// A <see cref="MicrographReport"/>'s results as the platform's <c>MicrographResultInput</c>: only the values the report
/// carries (an absent field keeps the platform's value); refuses non-finite numbers, which the platform could never accept.
/// </summary>
public static class MicrographReportCodec
{
    public static JsonObject Encode(MicrographReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var result = new JsonObject { ["name"] = report.Name };
        Put(result, "gridPosition", report.GridPosition);
        Put(result, "squareId", report.SquareId);
        Put(result, "holeId", report.HoleId);
        Put(result, "acquiredAt", report.AcquiredAtUtc?.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
        Put(result, "frames", report.Frames);
        Put(result, "doseElectronsPerSquareAngstrom", Finite(report.DoseElectronsPerSquareAngstrom));
        Put(result, "filePath", report.FilePath);
        Put(result, "fileSizeBytes", report.FileSizeBytes is { } size ? (double)size : null);
        Put(result, "fileSha256", report.FileSha256);
        Put(result, "driftTotalAngstrom", Finite(report.DriftTotalAngstrom));
        if (report.DriftTraceXAngstrom.Count > 0 || report.DriftTraceYAngstrom.Count > 0)
        {
            result["driftTraceXAngstrom"] = new JsonArray([.. report.DriftTraceXAngstrom.Select(x => (JsonNode?)Finite(x))]);
            result["driftTraceYAngstrom"] = new JsonArray([.. report.DriftTraceYAngstrom.Select(y => (JsonNode?)Finite(y))]);
        }

        Put(result, "defocusUAngstrom", Finite(report.DefocusUAngstrom));
        Put(result, "defocusVAngstrom", Finite(report.DefocusVAngstrom));
        Put(result, "astigmatismAngleDegrees", Finite(report.AstigmatismAngleDegrees));
        Put(result, "phaseShiftDegrees", Finite(report.PhaseShiftDegrees));
        Put(result, "ctfFitResolutionAngstrom", Finite(report.CtfFitResolutionAngstrom));
        Put(result, "ctfScore", Finite(report.CtfScore));
        Put(result, "particleCount", report.ParticleCount);
        Put(result, "iceThicknessNanometres", Finite(report.IceThicknessNanometres));
        Put(result, "thumbnailPath", report.ThumbnailPath);
        Put(result, "powerSpectrumPath", report.PowerSpectrumPath);
        Put(result, "picksPath", report.PicksPath);
        return result;
    }

    private static void Put(JsonObject result, string name, JsonNode? value)
    {
        if (value is not null)
        {
            result[name] = value;
        }
    }

    private static double? Finite(double? value) =>
        value is not { } v || double.IsFinite(v) ? value : throw new ArgumentException($"Reports carry finite numbers only, not {v}.");
}
