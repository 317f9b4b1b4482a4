using Platform.MicroscopeSimulator.Hardware;
using Platform.SerialEm.Commands;
using Platform.SerialEm.Protocol;

namespace Platform.MicroscopeSimulator.Commands;

/// <summary>The virtual microscope: its hardware state and the behaviour of every script command the simulator answers.</summary>
public sealed partial class SimulatedMicroscope
{
    private readonly SimulatorOptions _options;
    private readonly Dictionary<string, Func<CommandArguments, CancellationToken, Task<WireValue[]>>> _handlers;

    public SimulatedMicroscope(SimulatorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.SpeedFactor <= 0 || double.IsNaN(options.SpeedFactor))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.SpeedFactor, "SpeedFactor must be > 0.");
        }

        if (!Fourier.Fft2D.IsPowerOfTwo(options.ExposureSizePixels) || options.FrameSizePixels <= 0 || options.FrameSizePixels > options.ExposureSizePixels
            || options.FrameCount <= 0 || options.AtlasSizePixels <= 0 || options.SearchSizePixels <= 0 || options.ExposurePixelSizeAngstrom <= 0)
        {
            throw new ArgumentException(
                "Exposure size must be a power of two, frames at most the exposure size, and every size, count and pixel size positive.", nameof(options));
        }

        _options = options;
        Autoloader = new AutoloaderState(options.GridCount, options.Seed);
        Files = new SessionFiles(options.DataDirectory);
        _handlers = new(StringComparer.OrdinalIgnoreCase);
        RegisterReports();
        RegisterSettings();
        RegisterMotion();
        RegisterAcquisition();
        RegisterFiles();
        RegisterScripts();
    }

    public StageState Stage { get; } = new();

    public OpticsState Optics { get; } = new();

    public AutoloaderState Autoloader { get; }

    public CameraState Camera { get; } = new();

    public ImageBuffers Buffers { get; } = new();

    public SessionFiles Files { get; }

    /// <summary>Lines written with Echo.</summary>
    public List<string> Log { get; } = [];

    public Dictionary<string, double> Properties { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether the simulator answers this command (everything else gets SerialEM's out-of-bounds style error).</summary>
    public bool Supports(SerialEmCommand command) => _handlers.ContainsKey(command.Name);

    /// <summary>Runs a command; a <see cref="SimulatedCommandException"/> becomes an errorOccurred = 1 reply.</summary>
    public async Task<WireValue[]> ExecuteAsync(SerialEmCommand command, CommandArguments arguments, CancellationToken cancellationToken)
    {
        if (!_handlers.TryGetValue(command.Name, out var handler))
        {
            throw new SimulatedCommandException($"{command.Name} is not available in the SerialEM simulator");
        }

        return await handler(arguments, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The simulated duration of a command kind, before the speed factor.</summary>
    public double BaseDelaySeconds(CommandKind kind) => kind switch
    {
        CommandKind.Exposure => _options.Delays.ExposureSeconds,
        CommandKind.StageMove => _options.Delays.StageMoveSeconds,
        CommandKind.GridLoad => _options.Delays.GridLoadSeconds,
        CommandKind.Montage => _options.Delays.MontageSeconds,
        CommandKind.LongTask => _options.Delays.LongTaskSeconds,
        _ => _options.Delays.SettingSeconds,
    };

    /// <summary>Waits a simulated duration, divided by the speed factor, on the configured clock.</summary>
    public Task DelayAsync(double seconds, CancellationToken cancellationToken)
    {
        var scaled = seconds / _options.SpeedFactor;
        return scaled <= 0 ? Task.CompletedTask : Task.Delay(TimeSpan.FromSeconds(scaled), _options.TimeProvider, cancellationToken);
    }

    private void On(SerialEmCommand command, Func<CommandArguments, CancellationToken, Task<WireValue[]>> handler) => _handlers[command.Name] = handler;

    /// <summary>A handler that only changes state, after the command kind's delay.</summary>
    private void OnSet(SerialEmCommand command, Action<CommandArguments> apply) => On(command, async (args, ct) =>
    {
        await DelayAsync(BaseDelaySeconds(command.Kind), ct).ConfigureAwait(false);
        apply(args);
        return [];
    });

    /// <summary>A handler that reports values immediately.</summary>
    private void OnReport(SerialEmCommand command, Func<CommandArguments, WireValue[]> report) =>
        On(command, (args, _) => Task.FromResult(report(args)));

    private static void Fail(string? error)
    {
        if (error is not null)
        {
            throw new SimulatedCommandException(error);
        }
    }
}
