using Platform.MicroscopeSimulator.Faults;
using Platform.SerialEm.Protocol;

namespace Platform.MicroscopeSimulator;

/// <summary>Everything the simulator can be configured with: port, data folder, speed, autoloader, seed, image sizes, delays, faults.</summary>
public sealed record SimulatorOptions
{
    /// <summary>TCP port; 0 picks a free one (see <c>SimulatorServer.Port</c>).</summary>
    public int Port { get; init; }

    /// <summary>Root for everything the simulator writes (session directories, frames, ground truth).</summary>
    public string DataDirectory { get; init; } = Path.Combine(Path.GetTempPath(), "serialem-simulator");

    /// <summary>Divides every simulated delay: 1 = realistic, 100 = a hundred times faster.</summary>
    public double SpeedFactor { get; init; } = 1;

    /// <summary>Cartridges in the autoloader cassette, in slots 1..N.</summary>
    public int GridCount { get; init; } = 12;

    public int Seed { get; init; } = 1;

    public int AtlasSizePixels { get; init; } = 1024;

    /// <summary>Search/View images (square and hole level).</summary>
    public int SearchSizePixels { get; init; } = 512;

    public int ExposureSizePixels { get; init; } = 1024;

    /// <summary>Movie frames are the central crop of this size of each exposure frame.</summary>
    public int FrameSizePixels { get; init; } = 512;

    /// <summary>Frames of an exposure of <see cref="CameraSetExposureSeconds"/>: the camera's frame time is their ratio.</summary>
    public int FrameCount { get; init; } = 8;

    /// <summary>
    /// Exposure time every camera parameter set has until <c>SetExposure</c> changes it. An exposure of t seconds has
    /// round(FrameCount · t / this) frames (fixed frame time) and ExposureDose · t / this e⁻/Å² (fixed dose rate).
    /// </summary>
    public double CameraSetExposureSeconds { get; init; } = 2;

    public double ExposurePixelSizeAngstrom { get; init; } = 1.0;

    public double ExposureDoseElectronsPerAngstromSquared { get; init; } = 40;

    /// <summary>Image chunk limit for GetBufferImage (SerialEM's is 33 620 000 bytes); lower it to exercise chunking.</summary>
    public long ImageChunkBytes { get; init; } = ImageChunking.ServerChunkLimitBytes;

    public SimulatedDelays Delays { get; init; } = new();

    /// <summary>Faults to inject from the start (more can be added at run time with <c>SimulatorServer.Faults</c>).</summary>
    public IReadOnlyList<ScriptedFault> Faults { get; init; } = [];

    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Commands the executable writes a line for when each starts (with the specimen position) and ends: what it was asked to do.</summary>
    public IReadOnlyList<string> LoggedCommands { get; init; } = [];
}
