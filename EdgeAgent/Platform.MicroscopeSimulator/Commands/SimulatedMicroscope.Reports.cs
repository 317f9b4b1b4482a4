using Platform.SerialEm.Commands;
using Platform.SerialEm.Protocol;

namespace Platform.MicroscopeSimulator.Commands;

/// <summary>Report commands: what SerialEM would read back from the scope, camera and autoloader.</summary>
public sealed partial class SimulatedMicroscope
{
    /// <summary>Number of MAC_ entries in current MacroMasterList.h (reference §1.6: 841).</summary>
    public const int SimulatedCommandCount = 841;

    /// <summary>The SerialEM version the simulator claims (4.2.0 as an integer).</summary>
    public const int SimulatedVersion = 40200;

    private void RegisterReports()
    {
        OnReport(CommandTable.ReportStageXYZ, _ => [Stage.XMicrons, Stage.YMicrons, Stage.ZMicrons]);
        OnReport(CommandTable.ReportTiltAngle, _ => [Stage.TiltDegrees]);
        // Mag, low-mag flag, and (newer SerialEM) an EFTEM-mode flag, which scripts unpack as "_, _, mode"; the simulator is never in EFTEM mode.
        OnReport(CommandTable.ReportMag, _ => [Optics.Magnification, Optics.Magnification < 2000 ? 1 : 0, 0]);
        OnReport(CommandTable.ReportDefocus, _ => [Optics.DefocusMicrons]);
        OnReport(CommandTable.ReportTargetDefocus, _ => [Optics.TargetDefocusMicrons]);
        OnReport(CommandTable.ReportEnergyFilter, _ => [Optics.SlitWidthElectronVolts, 0, Optics.SlitIn ? 1 : 0]);
        // Six values as scripts unpack them: IS X/Y, then specimen and stage equivalents (µm); the simulator's IS units are µm.
        OnReport(CommandTable.ReportImageShift, _ =>
            [Optics.ImageShiftXMicrons, Optics.ImageShiftYMicrons, Optics.ImageShiftXMicrons, Optics.ImageShiftYMicrons, Optics.ImageShiftXMicrons, Optics.ImageShiftYMicrons]);
        OnReport(CommandTable.ReportAlignShift, _ => LastAlignShift);
        OnReport(CommandTable.ReportSlotStatus, args =>
        {
            var slot = args.Integer(0);
            var status = Autoloader.Status(slot);
            var name = status == 1 ? Autoloader.InSlot(slot)!.Name : Autoloader.OnStage?.Slot == slot ? Autoloader.OnStage.Name : "";
            return status < 0 ? [-1] : [status, WireValue.FromString(name)];
        });
        OnReport(CommandTable.AreDewarsFilling, _ => [0]);
        OnReport(CommandTable.IsPVPRunning, _ => [0]);
        OnReport(CommandTable.ReportLastFrameFile, _ =>
            Camera.LastFrameFile is { } file ? [WireValue.FromString(file)] : throw new SimulatedCommandException("No frame file has been saved yet"));
        OnReport(CommandTable.ReportCurrentPixelSize, args => [PixelSizeMicronsFor(args.Text(0)) * 1000]);
        OnReport(CommandTable.ImageProperties, args =>
        {
            var image = BufferNamed(args.Text(0, "A"));
            // Six values, as SmartScope unpacks them (x, y, binning, exposure, pixel nm, _); the sixth is not modelled and is 0.
            return [image.Width, image.Height, image.Binning, image.ExposureSeconds, image.PixelSizeMicrons * 1000, 0];
        });
        OnReport(CommandTable.ReportProperty, args =>
            Properties.TryGetValue(args.Text(0), out var value) ? [value] : throw new SimulatedCommandException($"Property {args.Text(0)} is not recognized"));
        OnReport(CommandTable.IsVersionAtLeast, args => [SimulatedVersion >= args.Number(0) ? 1 : 0]);
        OnReport(CommandTable.ReportNumExeFuncs, _ => [SimulatedCommandCount]);
        OnReport(CommandTable.CameraToSpecimenMatrix, _ => [ExposurePixelMicrons, 0, 0, ExposurePixelMicrons]);
        OnReport(CommandTable.BufImageToStageMatrix, args =>
        {
            var p = BufferNamed(args.Text(0)).PixelSizeMicrons;
            return [p, 0, 0, p];
        });
        OnReport(CommandTable.ReportApertureSize, args =>
            Optics.ApertureSizesMicrons.TryGetValue(args.Integer(0), out var size) ? [Optics.RemovedApertures.Contains(args.Integer(0)) ? 0 : size]
                : throw new SimulatedCommandException($"Aperture {args.Integer(0)} is not controllable"));
    }

    private double ExposurePixelMicrons => _options.ExposurePixelSizeAngstrom / 10_000;

    private double PixelSizeMicronsFor(string parameterSet) => char.ToUpperInvariant(parameterSet.Length > 0 ? parameterSet[0] : 'R') switch
    {
        'R' or 'P' => ExposurePixelMicrons,
        'S' => SearchFieldMicrons / _options.SearchSizePixels,
        'V' or 'F' or 'T' => ViewFieldMicrons / _options.SearchSizePixels,
        _ => throw new SimulatedCommandException($"Unknown parameter set {parameterSet}"),
    };
}
