using Platform.SerialEm.Commands;
using Platform.SerialEm.Microscope;

namespace Platform.SerialEm.Client;

/// <summary>Camera: exposures with each parameter set, dose fractionation and frame saving, frame file names, pixel size.</summary>
public sealed partial class SerialEmClient
{
    public Task RecordAsync(CancellationToken cancellationToken = default) => RunAsync(CommandTable.Record, cancellationToken);

    /// <summary>Preview: the Record area with the Preview set; SmartScope's high-mag exposure.</summary>
    public Task PreviewAsync(CancellationToken cancellationToken = default) => RunAsync(CommandTable.Preview, cancellationToken);

    public Task ViewAsync(CancellationToken cancellationToken = default) => RunAsync(CommandTable.View, cancellationToken);

    public Task SearchAsync(CancellationToken cancellationToken = default) => RunAsync(CommandTable.Search, cancellationToken);

    public Task TrialAsync(CancellationToken cancellationToken = default) => RunAsync(CommandTable.Trial, cancellationToken);

    /// <summary>SetExposure(set, seconds): the exposure time of a parameter set letter (e.g. "P"); with dose fractionation the frame count follows.</summary>
    public Task SetExposureAsync(string parameterSet, double exposureSeconds, CancellationToken cancellationToken = default) =>
        RunAsync(CommandTable.SetExposure, cancellationToken, parameterSet, exposureSeconds);

    /// <summary>SetDoseFracParams(set, fractionate, saveFrames, alignFrames) for a parameter set letter (e.g. "P").</summary>
    public Task SetDoseFracParamsAsync(string parameterSet, bool fractionate, bool saveFrames, bool alignFrames, CancellationToken cancellationToken = default) =>
        RunAsync(CommandTable.SetDoseFracParams, cancellationToken, parameterSet, fractionate ? 1 : 0, saveFrames ? 1 : 0, alignFrames ? 1 : 0);

    public Task SetFolderForFramesAsync(string folder, CancellationToken cancellationToken = default) =>
        RunAsync(CommandTable.SetFolderForFrames, cancellationToken, folder);

    /// <summary>SetFrameBaseName(0, 1, 0, name) as SmartScope calls it: a fixed prefix for frame files.</summary>
    public Task SetFrameBaseNameAsync(string baseName, CancellationToken cancellationToken = default) =>
        RunAsync(CommandTable.SetFrameBaseName, cancellationToken, 0, 1, 0, baseName);

    public Task KeepCameraSetChangesAsync(string parameterSet, CancellationToken cancellationToken = default) =>
        RunAsync(CommandTable.KeepCameraSetChanges, cancellationToken, parameterSet);

    /// <summary>EarlyReturnNextShot(0): return as soon as frames are saved, without the summed image.</summary>
    public Task EarlyReturnNextShotAsync(int framesToSum, CancellationToken cancellationToken = default) =>
        RunAsync(CommandTable.EarlyReturnNextShot, cancellationToken, framesToSum);

    /// <summary>The full path of the last frame stack SerialEM saved.</summary>
    public async Task<string> ReportLastFrameFileAsync(CancellationToken cancellationToken = default) =>
        (await RunAsync(CommandTable.ReportLastFrameFile, cancellationToken).ConfigureAwait(false)).Text(0);

    /// <summary>ReportCurrentPixelSize for a parameter set letter, in nm.</summary>
    public async Task<double> ReportCurrentPixelSizeNanometersAsync(string parameterSet, CancellationToken cancellationToken = default) =>
        (await RunAsync(CommandTable.ReportCurrentPixelSize, cancellationToken, parameterSet).ConfigureAwait(false)).Number(0);

    /// <summary>CameraToSpecimenMatrix(mag): the 2×2 camera-pixel → specimen (µm) matrix at a magnification index (0 = current).</summary>
    public async Task<double[]> CameraToSpecimenMatrixAsync(int magIndex, CancellationToken cancellationToken = default)
    {
        var r = await RunAsync(CommandTable.CameraToSpecimenMatrix, cancellationToken, magIndex).ConfigureAwait(false);
        return [r.Number(0), r.Number(1), r.Number(2), r.Number(3)];
    }

    public async Task<BufferImageProperties> ImagePropertiesAsync(string buffer = "A", CancellationToken cancellationToken = default)
    {
        var r = await RunAsync(CommandTable.ImageProperties, cancellationToken, buffer).ConfigureAwait(false);
        return new BufferImageProperties(r.Integer(0), r.Integer(1), r.Number(2), r.Number(3), r.Number(4));
    }
}
