using Platform.SerialEm.Commands;
using Platform.SerialEm.Microscope;

namespace Platform.SerialEm.Client;

/// <summary>Image shift and beam tilt: absolute set, relative shifts (never re-sent), save/restore for AFIS.</summary>
public sealed partial class SerialEmClient
{
    /// <summary>SetImageShift in IS units (absolute; safe to re-send); SmartScope restores with (x0, y0, 1, afis).</summary>
    public Task SetImageShiftAsync(double x, double y, double? settling = null, bool adjustBeamTilt = false, CancellationToken cancellationToken = default) =>
        RunAsync(CommandTable.SetImageShift, cancellationToken, settling is { } s ? [x, y, s, adjustBeamTilt ? 1 : 0] : [x, y]);

    /// <summary>ImageShiftByMicrons on the specimen, with a settling factor and optional AFIS compensation (1).</summary>
    public Task ImageShiftByMicronsAsync(double dxMicrons, double dyMicrons, double settling = 1, bool adjustBeamTilt = false, CancellationToken cancellationToken = default) =>
        RunAsync(CommandTable.ImageShiftByMicrons, cancellationToken, dxMicrons, dyMicrons, settling, adjustBeamTilt ? 1 : 0);

    /// <summary>ImageShiftByPixels in the current camera image (SmartScope's realignToSquare passes (dx, −dy)).</summary>
    public Task ImageShiftByPixelsAsync(double dxPixels, double dyPixels, CancellationToken cancellationToken = default) =>
        RunAsync(CommandTable.ImageShiftByPixels, cancellationToken, dxPixels, dyPixels);

    public async Task<ImageShiftReport> ReportImageShiftAsync(CancellationToken cancellationToken = default)
    {
        var result = await RunAsync(CommandTable.ReportImageShift, cancellationToken).ConfigureAwait(false);
        return result.Count >= 6
            ? new ImageShiftReport(result.Number(0), result.Number(1), result.Number(4), result.Number(5))
            : new ImageShiftReport(result.Number(0), result.Number(1));
    }

    public Task SaveBeamTiltAsync(CancellationToken cancellationToken = default) =>
        RunAsync(CommandTable.SaveBeamTilt, cancellationToken);

    public Task RestoreBeamTiltAsync(CancellationToken cancellationToken = default) =>
        RunAsync(CommandTable.RestoreBeamTilt, cancellationToken);
}
