namespace Platform.MicroscopeSimulator.Hardware;

/// <summary>Camera, frame saving and file state: dose fractionation per parameter set, frames folder and name, open image file.</summary>
public sealed class CameraState
{
    public Dictionary<string, (bool Fractionate, bool SaveFrames, bool AlignFrames)> DoseFractionation { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Exposure time per parameter set letter, as SetExposure left it; a set not in here has the camera's default.</summary>
    public Dictionary<string, double> ExposureSeconds { get; } = new(StringComparer.OrdinalIgnoreCase);

    public string FramesFolder { get; set; } = "frames";

    public string FrameBaseName { get; set; } = "movie";

    public int FrameFileCounter { get; set; }

    public string? LastFrameFile { get; set; }

    public bool EarlyReturnNextShot { get; set; }

    public string Directory { get; set; } = "";

    public bool AllowOverwrite { get; set; }

    /// <summary>The open file (OpenNewFile/OpenNewMontage) and the sections saved into it.</summary>
    public string? OpenFile { get; set; }

    public (int X, int Y)? OpenMontagePieces { get; set; }

    public List<BufferedImage> OpenFileSections { get; } = [];

    public List<(string Key, string Value)> PendingAutodoc { get; } = [];

    public int ImageCounter { get; set; }

    public bool SavesFrames(string parameterSet) => DoseFractionation.TryGetValue(parameterSet, out var p) && p.Fractionate && p.SaveFrames;
}
