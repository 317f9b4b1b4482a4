using Platform.SerialEm.Commands;
using Platform.SerialEm.Microscope;

namespace Platform.SerialEm.Client;

/// <summary>Optics: magnification, spot, intensity, Low Dose areas, imaging states, energy filter and apertures.</summary>
public sealed partial class SerialEmClient
{
    public Task SetMagAsync(double magnification, CancellationToken cancellationToken = default) =>
        RunAsync(CommandTable.SetMag, cancellationToken, magnification);

    public async Task<MagnificationReport> ReportMagAsync(CancellationToken cancellationToken = default)
    {
        var result = await RunAsync(CommandTable.ReportMag, cancellationToken).ConfigureAwait(false);
        return new MagnificationReport(result.Number(0), result.Count > 1 && result.Flag(1));
    }

    public Task SetSpotSizeAsync(int spotSize, CancellationToken cancellationToken = default) =>
        RunAsync(CommandTable.SetSpotSize, cancellationToken, spotSize);

    public Task SetPercentC2Async(double percent, CancellationToken cancellationToken = default) =>
        RunAsync(CommandTable.SetPercentC2, cancellationToken, percent);

    public Task SetLowDoseModeAsync(bool on, CancellationToken cancellationToken = default) =>
        RunAsync(CommandTable.SetLowDoseMode, cancellationToken, on ? 1 : 0);

    public Task GoToLowDoseAreaAsync(LowDoseArea area, CancellationToken cancellationToken = default) =>
        RunAsync(CommandTable.GoToLowDoseArea, cancellationToken, Letter(area));

    /// <summary>SetAxisPosition: places a Low Dose area (usually Focus) <paramref name="distanceMicrons"/> along the axis at <paramref name="angleDegrees"/>.</summary>
    public Task SetAxisPositionAsync(LowDoseArea area, double distanceMicrons, double angleDegrees, CancellationToken cancellationToken = default) =>
        RunAsync(CommandTable.SetAxisPosition, cancellationToken, Letter(area), distanceMicrons, angleDegrees);

    public Task GoToImagingStateAsync(string stateName, CancellationToken cancellationToken = default) =>
        RunAsync(CommandTable.GoToImagingState, cancellationToken, stateName);

    public Task SetSlitInAsync(bool slitIn, CancellationToken cancellationToken = default) =>
        RunAsync(CommandTable.SetSlitIn, cancellationToken, slitIn ? 1 : 0);

    public async Task<EnergyFilterState> ReportEnergyFilterAsync(CancellationToken cancellationToken = default)
    {
        var result = await RunAsync(CommandTable.ReportEnergyFilter, cancellationToken).ConfigureAwait(false);
        return new EnergyFilterState(result.Number(0), result.Number(1), result.Flag(2));
    }

    /// <summary>RefineZLP if the last refinement is older than <paramref name="minimumIntervalMinutes"/> (SmartScope passes hours × 60).</summary>
    public Task RefineZeroLossPeakAsync(double minimumIntervalMinutes, CancellationToken cancellationToken = default) =>
        RunAsync(CommandTable.RefineZLP, cancellationToken, minimumIntervalMinutes);

    /// <summary>UpdateHWDarkRef if the hardware dark reference is older than <paramref name="hours"/>.</summary>
    public Task UpdateHardwareDarkReferenceAsync(double hours, CancellationToken cancellationToken = default) =>
        RunAsync(CommandTable.UpdateHWDarkRef, cancellationToken, hours);

    /// <summary>Aperture numbers as SerialEM uses them (1 condenser, 2 objective).</summary>
    public Task RemoveApertureAsync(int aperture, CancellationToken cancellationToken = default) =>
        RunAsync(CommandTable.RemoveAperture, cancellationToken, aperture);

    public Task ReInsertApertureAsync(int aperture, CancellationToken cancellationToken = default) =>
        RunAsync(CommandTable.ReInsertAperture, cancellationToken, aperture);

    public async Task<double> ReportApertureSizeMicronsAsync(int aperture, CancellationToken cancellationToken = default) =>
        (await RunAsync(CommandTable.ReportApertureSize, cancellationToken, aperture).ConfigureAwait(false)).Number(0);

    public Task SetApertureSizeAsync(int aperture, int sizeMicrons, CancellationToken cancellationToken = default) =>
        RunAsync(CommandTable.SetApertureSize, cancellationToken, aperture, sizeMicrons);

    private static string Letter(LowDoseArea area) => area.ToString()[..1];
}
