using Platform.SerialEm.Commands;

namespace Platform.MicroscopeSimulator.Commands;

/// <summary>Setting commands: optics, Low Dose, camera sets, session housekeeping.</summary>
public sealed partial class SimulatedMicroscope
{
    private static readonly Dictionary<string, (double Mag, int Spot, double C2)> _imagingStates = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Atlas"] = (135, 5, 60),
        ["Search"] = (580, 6, 50),
        ["View"] = (2600, 7, 45),
        ["Record"] = (105_000, 7, 45),
    };

    private void RegisterSettings()
    {
        OnSet(CommandTable.ClearPersistentVars, _ => { });
        OnSet(CommandTable.SetMag, a => Optics.Magnification = a.Number(0));
        OnSet(CommandTable.SetSpotSize, a => Optics.SpotSize = a.Integer(0));
        OnSet(CommandTable.SetPercentC2, a => Optics.PercentC2 = a.Number(0));
        OnSet(CommandTable.SetDefocus, a => Optics.DefocusMicrons = a.Number(0));
        OnSet(CommandTable.ChangeFocus, a => Optics.DefocusMicrons += a.Number(0));
        OnSet(CommandTable.SetTargetDefocus, a => Optics.TargetDefocusMicrons = a.Number(0));
        OnSet(CommandTable.CycleTargetDefocus, a => Optics.TargetDefocusMicrons = Optics.TargetDefocusMicrons - Math.Abs(a.Number(2)) < Math.Min(a.Number(0), a.Number(1))
            ? Math.Max(a.Number(0), a.Number(1)) : Optics.TargetDefocusMicrons - Math.Abs(a.Number(2)));
        OnSet(CommandTable.SetImageShift, a => (Optics.ImageShiftXMicrons, Optics.ImageShiftYMicrons) = (a.Number(0), a.Number(1)));
        OnSet(CommandTable.ImageShiftByMicrons, a => (Optics.ImageShiftXMicrons, Optics.ImageShiftYMicrons) = (Optics.ImageShiftXMicrons + a.Number(0), Optics.ImageShiftYMicrons + a.Number(1)));
        OnSet(CommandTable.ImageShiftByStageDiff, a => (Optics.ImageShiftXMicrons, Optics.ImageShiftYMicrons) = (Optics.ImageShiftXMicrons + a.Number(0), Optics.ImageShiftYMicrons + a.Number(1)));
        OnSet(CommandTable.ImageShiftByPixels, a =>
        {
            var pixel = Buffers[0]?.PixelSizeMicrons ?? throw new SimulatedCommandException("There is no image in buffer A to shift by pixels");
            Optics.ImageShiftXMicrons += a.Number(0) * pixel;
            Optics.ImageShiftYMicrons += a.Number(1) * pixel;
        });
        OnSet(CommandTable.SaveBeamTilt, _ => Optics.BeamTiltSaved = true);
        OnSet(CommandTable.RestoreBeamTilt, _ => Fail(Optics.BeamTiltSaved ? null : "No beam tilt has been saved"));
        OnSet(CommandTable.SetLowDoseMode, a => Optics.LowDoseMode = a.Integer(0) != 0);
        OnSet(CommandTable.GoToLowDoseArea, a => Optics.LowDoseArea = AreaLetter(a.Text(0)));
        OnSet(CommandTable.SetAxisPosition, a => Optics.AxisPositions[AreaLetter(a.Text(0))] = (a.Number(1), a.Number(2, 0)));
        OnSet(CommandTable.GoToImagingState, a =>
        {
            if (!_imagingStates.TryGetValue(a.Text(0), out var state))
            {
                throw new SimulatedCommandException($"There is no imaging state named {a.Text(0)}");
            }

            (Optics.Magnification, Optics.SpotSize, Optics.PercentC2) = state;
        });
        OnSet(CommandTable.SetSlitIn, a => Optics.SlitIn = a.Integer(0, 1) != 0);
        OnSet(CommandTable.SetColumnOrGunValve, a => Optics.ValvesOpen = a.Integer(0) != 0);
        OnSet(CommandTable.SetDoseFracParams, a => Camera.DoseFractionation[a.Text(0)] = (a.Integer(1) != 0, a.Integer(2, 0) != 0, a.Integer(3, 0) != 0));
        OnSet(CommandTable.SetExposure, a => Camera.ExposureSeconds[CameraSetLetter(a.Text(0))] = ValidExposureSeconds(a.Number(1)));
        OnSet(CommandTable.SetFolderForFrames, a => Camera.FramesFolder = a.Text(0));
        OnSet(CommandTable.SetFrameBaseName, a => Camera.FrameBaseName = a.Text(3));
        OnSet(CommandTable.KeepCameraSetChanges, _ => { });
        OnSet(CommandTable.EarlyReturnNextShot, a => Camera.EarlyReturnNextShot = a.Integer(0) >= 0);
        OnSet(CommandTable.SetDirectory, a => Camera.Directory = a.Text(0));
        OnSet(CommandTable.AllowFileOverwrite, a => Camera.AllowOverwrite = a.Integer(0) != 0);
        OnSet(CommandTable.SetProperty, a => Properties[a.Text(0)] = a.Number(1));
        OnSet(CommandTable.Echo, a => Log.Add(a.Text(0, "")));
        OnSet(CommandTable.RemoveAperture, a => Optics.RemovedApertures.Add(KnownAperture(a.Integer(0))));
        OnSet(CommandTable.ReInsertAperture, a => Optics.RemovedApertures.Remove(KnownAperture(a.Integer(0))));
        OnSet(CommandTable.SetApertureSize, a => Optics.ApertureSizesMicrons[KnownAperture(a.Integer(0))] = a.Integer(1));
        OnSet(CommandTable.UpdateHWDarkRef, _ => Optics.DarkReferenceUpdates++);
        OnSet(CommandTable.RefineZLP, _ =>
        {
            Fail(Optics.SlitIn ? null : "The energy filter slit must be in to refine the zero-loss peak");
            Optics.ZeroLossRefinements++;
        });
        On(CommandTable.Delay, async (a, ct) =>
        {
            await DelayAsync(a.Number(0), ct).ConfigureAwait(false);
            return [];
        });
    }

    private int KnownAperture(int aperture) =>
        Optics.ApertureSizesMicrons.ContainsKey(aperture) ? aperture : throw new SimulatedCommandException($"Aperture {aperture} is not controllable");

    /// <summary>SerialEM refuses exposure times outside its camera limits; the simulator's camera takes 0.001 s to 1000 s.</summary>
    private static double ValidExposureSeconds(double seconds) =>
        seconds is >= 0.001 and <= 1000 ? seconds : throw new SimulatedCommandException($"Exposure time {seconds} s is outside 0.001 to 1000 s");

    private static string CameraSetLetter(string set) =>
        set.Length == 1 && "VFTRPS".Contains(char.ToUpperInvariant(set[0]), StringComparison.Ordinal)
            ? set.ToUpperInvariant() : throw new SimulatedCommandException($"{set} is not a camera parameter set (V, F, T, R, P, S)");

    private static char AreaLetter(string area)
    {
        var letter = area.Length > 0 ? char.ToUpperInvariant(area[0]) : ' ';
        return letter is 'V' or 'F' or 'T' or 'R' or 'S'
            ? letter : throw new SimulatedCommandException($"{area} is not a Low Dose area (V, F, T, R, S)");
    }
}
