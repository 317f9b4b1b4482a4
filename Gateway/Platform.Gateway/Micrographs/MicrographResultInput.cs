using System.Globalization;
using Platform.Grains.Errors;
using Platform.Grains.Micrographs;
using Platform.GraphQL.Building;

namespace Platform.Gateway.Micrographs;

/// <summary>
/// GraphQL <c>MicrographResultInput</c>: one micrograph's results as the agent's micrograph report and external pipelines
/// send them, and the one translation of it into a <see cref="MicrographResult"/>. Every unusable value is a
/// <see cref="FieldError"/> (all of them at once, nothing recorded); a field left out keeps the platform's value.
/// </summary>
public static class MicrographResultInput
{
    public const int MaxPathLength = 1000;

    private static readonly (string Field, string Description)[] _numbers =
    [
        ("doseElectronsPerSquareAngstrom", "Total exposure, e⁻/Å²."),
        ("driftTotalAngstrom", "Total frame-alignment drift, Å."),
        ("defocusUAngstrom", "CTFFIND convention: positive is underfocus, Å."),
        ("defocusVAngstrom", "Å."),
        ("astigmatismAngleDegrees", "Angle of the defocus-U axis, degrees."),
        ("phaseShiftDegrees", "Degrees."),
        ("ctfFitResolutionAngstrom", "Resolution to which the CTF model fits the spectrum, Å."),
        ("ctfScore", "Spectrum–model correlation."),
        ("iceThicknessNanometres", "nm."),
    ];

    private static readonly string[] _paths = ["filePath", "thumbnailPath", "powerSpectrumPath", "picksPath"];

    public static void Describe(SchemaBuilder schema) => schema.InputObject("MicrographResultInput", i =>
    {
        i.Description("One micrograph's results; a field left out keeps the value already recorded for it.")
            .Field("name", "String!", description: "The movie's name without extension, unique in the session per source.")
            .Field("gridPosition", "Int").Field("squareId", "String").Field("holeId", "String").Field("acquiredAt", "DateTime")
            .Field("frames", "Int").Field("fileSizeBytes", "Float", description: "Bytes (a Float: files pass 2 GiB).")
            .Field("fileSha256", "String", description: "64 hexadecimal digits.")
            .Field("driftTraceXAngstrom", "[Float!]", description: "Per-frame shifts along x, Å, in frame order.")
            .Field("driftTraceYAngstrom", "[Float!]", description: "Per-frame shifts along y, Å; as many as x.")
            .Field("particleCount", "Int");
        foreach (var (field, description) in _numbers)
        {
            i.Field(field, "Float", description: description);
        }

        foreach (var path in _paths)
        {
            i.Field(path, "String", description: "A session-relative blob key.");
        }
    });

    /// <summary>The results <paramref name="input"/> describes; throws <see cref="InvalidInputException"/> naming every bad field (prefixed by <paramref name="prefix"/>).</summary>
    public static MicrographResult Read(IReadOnlyDictionary<string, object?> input, string prefix = "")
    {
        var errors = new List<FieldError>();
        var name = input.GetValueOrDefault("name") as string ?? "";
        try
        {
            MicrographKeys.For("session", "source", name);
        }
        catch (InvalidInputException invalid)
        {
            errors.AddRange(invalid.Errors.Where(e => e.Field == "name").Select(e => e with { Field = prefix + e.Field }));
        }

        int? Int(string field, int min)
        {
            var value = input.GetValueOrDefault(field) as int?;
            return value is null || value >= min ? value : Bad<int?>(field, $"must be at least {min}");
        }

        double? Number(string field) => input.GetValueOrDefault(field) switch
        {
            null => null,
            double d when double.IsFinite(d) => d,
            int n => n,
            _ => Bad<double?>(field, "must be a finite number"),
        };

        string? Text(string field, Func<string, bool> valid, string reason) =>
            input.GetValueOrDefault(field) is string text ? (valid(text) ? text : Bad<string?>(field, reason)) : null;

        IReadOnlyList<double> Trace(string field) =>
            input.GetValueOrDefault(field) is IReadOnlyList<object?> list ? [.. list.Select(v => Convert.ToDouble(v, CultureInfo.InvariantCulture))] : [];

        T Bad<T>(string field, string reason)
        {
            errors.Add(new FieldError(prefix + field, reason));
            return default!;
        }

        var size = Number("fileSizeBytes");
        var result = new MicrographResult
        {
            Name = name,
            GridPosition = Int("gridPosition", 1) ?? 0,
            SquareId = Text("squareId", IsId, "must be 1–200 characters"),
            HoleId = Text("holeId", IsId, "must be 1–200 characters"),
            AcquiredAtUtc = input.GetValueOrDefault("acquiredAt") is DateTimeOffset at ? at.ToUniversalTime() : default,
            Frames = Int("frames", 1) ?? 0,
            DoseElectronsPerSquareAngstrom = Number("doseElectronsPerSquareAngstrom"),
            FilePath = Text("filePath", IsBlobKey, "must be a relative blob key (no '..', no leading '/')"),
            FileSizeBytes = size is { } bytes ? (bytes >= 0 && bytes == Math.Floor(bytes) && bytes < long.MaxValue ? (long)bytes : Bad<long?>("fileSizeBytes", "must be a whole number ≥ 0")) : null,
            FileSha256 = Text("fileSha256", text => text.Length == 64 && text.All(char.IsAsciiHexDigit), "must be 64 hexadecimal digits")?.ToLowerInvariant(),
            DriftTotalAngstrom = Number("driftTotalAngstrom"),
            DriftTraceXAngstrom = Trace("driftTraceXAngstrom"),
            DriftTraceYAngstrom = Trace("driftTraceYAngstrom"),
            DefocusUAngstrom = Number("defocusUAngstrom"),
            DefocusVAngstrom = Number("defocusVAngstrom"),
            AstigmatismAngleDegrees = Number("astigmatismAngleDegrees") is { } angle ? (angle is >= -360 and <= 360 ? angle : Bad<double?>("astigmatismAngleDegrees", "must be within ±360")) : null,
            PhaseShiftDegrees = Number("phaseShiftDegrees"),
            CtfFitResolutionAngstrom = Number("ctfFitResolutionAngstrom"),
            CtfScore = Number("ctfScore"),
            ParticleCount = Int("particleCount", 0),
            IceThicknessNanometres = Number("iceThicknessNanometres"),
            ThumbnailPath = Text("thumbnailPath", IsBlobKey, "must be a relative blob key (no '..', no leading '/')"),
            PowerSpectrumPath = Text("powerSpectrumPath", IsBlobKey, "must be a relative blob key (no '..', no leading '/')"),
            PicksPath = Text("picksPath", IsBlobKey, "must be a relative blob key (no '..', no leading '/')"),
        };
        errors.AddRange(result.Validate().Select(e => e with { Field = prefix + e.Field }));
        InvalidInputException.ThrowIfAny(errors);
        return result;
    }

    private static bool IsId(string text) => text.Length is > 0 and <= 200 && !string.IsNullOrWhiteSpace(text);

    private static bool IsBlobKey(string key) =>
        key.Length is > 0 and <= MaxPathLength && !key.StartsWith('/') && !key.Contains('\\', StringComparison.Ordinal)
        && key.Split('/').All(part => part.Length > 0 && part != "." && part != "..");
}
