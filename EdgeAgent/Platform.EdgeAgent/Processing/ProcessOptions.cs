using System.Globalization;

namespace Platform.EdgeAgent.Processing;

/// <summary>The parsed <c>process</c> command line: inputs (files or folders), optics, particle radius, optional gain and output folder.</summary>
public sealed record ProcessOptions
{
    public const string Usage =
        "usage: Platform.EdgeAgent process INPUT... --pixel-size-angstrom A --particle-radius-angstrom R [--voltage-kv 300] [--cs-mm 2.7]\n" +
        "       [--amplitude-contrast 0.07] [--exposure-per-frame E] [--gain FILE] [--output DIR] [--threads N]\n" +
        "  INPUT is a movie or micrograph (.mrc, .mrcs, .tif, .tiff) or a folder whose movies are all processed.";

    private static readonly string[] _movieExtensions = [".mrc", ".mrcs", ".tif", ".tiff"];

    public required IReadOnlyList<string> Inputs { get; init; }

    public required double PixelSizeAngstrom { get; init; }

    public required double ParticleRadiusAngstrom { get; init; }

    public double VoltageKilovolts { get; init; } = 300;

    public double SphericalAberrationMillimeters { get; init; } = 2.7;

    public double AmplitudeContrast { get; init; } = 0.07;

    /// <summary>Exposure per frame in e⁻/Å²; 0 (the default) turns dose weighting off.</summary>
    public double ExposurePerFrameElectronsPerAngstromSquared { get; init; }

    public string? GainPath { get; init; }

    public string OutputDirectory { get; init; } = "processed";

    public int Threads { get; init; } = Environment.ProcessorCount;

    public static ProcessOptions Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var inputs = new List<string>();
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        string[] known = ["--pixel-size-angstrom", "--particle-radius-angstrom", "--voltage-kv", "--cs-mm", "--amplitude-contrast",
            "--exposure-per-frame", "--gain", "--output", "--threads"];
        for (var i = 0; i < args.Count; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                inputs.Add(args[i]);
                continue;
            }

            if (!known.Contains(args[i]))
            {
                throw new ProcessUsageException($"unknown option {args[i]}");
            }

            if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                throw new ProcessUsageException($"option {args[i]} needs a value");
            }

            values[args[i]] = args[++i];
        }

        if (inputs.Count == 0)
        {
            throw new ProcessUsageException("no input movie, micrograph or folder given");
        }

        double Number(string name, double? fallback, double min, double max)
        {
            if (!values.TryGetValue(name, out var text))
            {
                return fallback ?? throw new ProcessUsageException($"{name} is required");
            }

            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || !double.IsFinite(v) || v < min || v > max)
            {
                throw new ProcessUsageException($"{name} must be a number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}, got '{text}'");
            }

            return v;
        }

        var options = new ProcessOptions
        {
            Inputs = inputs,
            PixelSizeAngstrom = Number("--pixel-size-angstrom", null, 0.05, 100),
            ParticleRadiusAngstrom = Number("--particle-radius-angstrom", null, 1, 5000),
            VoltageKilovolts = Number("--voltage-kv", 300, 10, 3000),
            SphericalAberrationMillimeters = Number("--cs-mm", 2.7, 0, 100),
            AmplitudeContrast = Number("--amplitude-contrast", 0.07, 0, 0.99),
            ExposurePerFrameElectronsPerAngstromSquared = Number("--exposure-per-frame", 0, 0, 100),
            GainPath = values.GetValueOrDefault("--gain"),
            OutputDirectory = values.GetValueOrDefault("--output") ?? "processed",
            Threads = (int)Number("--threads", Environment.ProcessorCount, 1, 256),
        };
        if (options.GainPath is not null && !File.Exists(options.GainPath))
        {
            throw new ProcessUsageException($"gain reference {options.GainPath} does not exist");
        }

        return options;
    }

    /// <summary>The movie files to process: files as given, folders expanded to their movies (sorted by name, not recursive).</summary>
    public IReadOnlyList<string> MovieFiles()
    {
        var files = new List<string>();
        foreach (var input in Inputs)
        {
            if (Directory.Exists(input))
            {
                files.AddRange(Directory.EnumerateFiles(input)
                    .Where(f => _movieExtensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
                    .Where(f => !Path.GetFileNameWithoutExtension(f).EndsWith("_sum_dw", StringComparison.Ordinal))
                    .Order(StringComparer.Ordinal));
            }
            else if (File.Exists(input))
            {
                files.Add(input);
            }
            else
            {
                throw new ProcessUsageException($"input {input} does not exist");
            }
        }

        if (files.Count == 0)
        {
            throw new ProcessUsageException("the input folders hold no .mrc, .mrcs, .tif or .tiff files");
        }

        return files;
    }
}
