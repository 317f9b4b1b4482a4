using System.Globalization;
using Platform.MicroscopeSimulator.Faults;

namespace Platform.MicroscopeSimulator.CommandLine;

/// <summary>Parses the exe's flags: --port P --data DIR [--speed X] [--grids N] [--seed S] [--exposure-size N] [--frame-size N] [--fault Cmd:kind[:arg]]... (see <see cref="Usage"/>).</summary>
public static class SimulatorCommandLine
{
    public const string Usage =
        "Platform.MicroscopeSimulator --port P --data DIR [--speed X] [--grids N] [--seed S] [--atlas-size N] [--search-size N] " +
        "[--exposure-size N] [--frame-size N] [--frames N] [--no-delays] [--exposure-seconds S] [--log-commands Name,Name...] " +
        "[--fault Command:error|stop|drop|slow|busy|malformed|oversized[:arg]]...";

    /// <summary>Builds options from arguments; unknown flags or bad values are a <see cref="FormatException"/> naming the flag.</summary>
    public static SimulatorOptions Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var options = new SimulatorOptions { Port = Platform.SerialEm.Client.SerialEmClientOptions.DefaultPort };
        var faults = new List<ScriptedFault>();
        for (var i = 0; i < args.Count; i++)
        {
            var flag = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw new FormatException($"{flag} needs a value.");
            int Int() => int.TryParse(Value(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) && v >= 0 ? v : throw new FormatException($"{flag} needs a non-negative integer.");
            options = flag switch
            {
                "--port" => options with { Port = Int() },
                "--data" => options with { DataDirectory = Value() },
                "--speed" => options with
                {
                    SpeedFactor = double.TryParse(Value(), NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && s > 0 ? s : throw new FormatException("--speed needs a number > 0."),
                },
                "--grids" => options with { GridCount = Math.Max(1, Int()) },
                "--seed" => options with { Seed = Int() },
                "--atlas-size" => options with { AtlasSizePixels = Int() },
                "--search-size" => options with { SearchSizePixels = Int() },
                "--exposure-size" => options with { ExposureSizePixels = Int() },
                "--frame-size" => options with { FrameSizePixels = Int() },
                "--frames" => options with { FrameCount = Math.Max(1, Int()) },
                "--no-delays" => options with { Delays = SimulatedDelays.None },
                "--exposure-seconds" => options with
                {
                    Delays = options.Delays with
                    {
                        ExposureSeconds = double.TryParse(Value(), NumberStyles.Float, CultureInfo.InvariantCulture, out var e) && e >= 0 && double.IsFinite(e)
                            ? e : throw new FormatException("--exposure-seconds needs a number >= 0."),
                    },
                },
                "--fault" => AddFault(options, faults, Value()),
                "--log-commands" => options with { LoggedCommands = [.. Value().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)] },
                _ => throw new FormatException($"Unknown flag {flag}."),
            };
        }

        if (options.FrameSizePixels > options.ExposureSizePixels)
        {
            throw new FormatException("--frame-size cannot exceed --exposure-size (frames are the central crop of each exposure).");
        }

        if (options.ExposureSizePixels <= 0 || (options.ExposureSizePixels & (options.ExposureSizePixels - 1)) != 0)
        {
            throw new FormatException("--exposure-size must be a power of two (the exposure is rendered with a radix-2 FFT).");
        }

        return options with { Faults = faults };
    }

    private static SimulatorOptions AddFault(SimulatorOptions options, List<ScriptedFault> faults, string text)
    {
        faults.Add(ScriptedFault.Parse(text));
        return options;
    }
}
