namespace Platform.SerialEm.Commands;

/// <summary>The script commands this client knows by name, with indices from reference §1.10 (append-only across SerialEM versions).</summary>
public static class CommandTable
{
    public static readonly SerialEmCommand Exit = new("Exit", 8, "ds", CommandKind.Exit);

    public static readonly SerialEmCommand Call = new("Call", 34, "S", CommandKind.LongTask);

    public static readonly SerialEmCommand CallFunction = new("CallFunction", 36, "Ssddddddddddddddddd", CommandKind.LongTask);

    public static readonly SerialEmCommand ClearPersistentVars = new("ClearPersistentVars", 51, "", CommandKind.Setting);

    public static readonly SerialEmCommand TiltTo = new("TiltTo", 65, "Didd", CommandKind.StageMove);

    public static readonly SerialEmCommand TiltBy = new("TiltBy", 66, "Didd", CommandKind.StageMove);

    public static readonly SerialEmCommand View = new("View", 69, "", CommandKind.Exposure);

    public static readonly SerialEmCommand Focus = new("Focus", 71, "", CommandKind.Exposure);

    public static readonly SerialEmCommand Trial = new("Trial", 73, "", CommandKind.Exposure);

    public static readonly SerialEmCommand Record = new("Record", 75, "", CommandKind.Exposure);

    public static readonly SerialEmCommand R = new("R", 76, "", CommandKind.Exposure);

    public static readonly SerialEmCommand Preview = new("Preview", 77, "", CommandKind.Exposure);

    public static readonly SerialEmCommand Search = new("Search", 79, "", CommandKind.Exposure);

    public static readonly SerialEmCommand Montage = new("Montage", 80, "", CommandKind.Montage);

    public static readonly SerialEmCommand EarlyReturnNextShot = new("EarlyReturnNextShot", 90, "Iii", CommandKind.Setting);

    public static readonly SerialEmCommand AlignTo = new("AlignTo", 113, "Siiiidddi", CommandKind.Action);

    public static readonly SerialEmCommand AutoFocus = new("AutoFocus", 117, "ii", CommandKind.LongTask);

    public static readonly SerialEmCommand Save = new("Save", 131, "si", CommandKind.Action);

    public static readonly SerialEmCommand ReadOtherFile = new("ReadOtherFile", 134, "ISS", CommandKind.Setting);

    public static readonly SerialEmCommand OpenNewFile = new("OpenNewFile", 138, "S", CommandKind.Action);

    public static readonly SerialEmCommand OpenNewMontage = new("OpenNewMontage", 139, "IIS", CommandKind.Action);

    public static readonly SerialEmCommand CloseFile = new("CloseFile", 160, "s", CommandKind.Action);

    public static readonly SerialEmCommand ReportLastFrameFile = new("ReportLastFrameFile", 163, "", CommandKind.Report);

    public static readonly SerialEmCommand AllowFileOverwrite = new("AllowFileOverwrite", 168, "I", CommandKind.Setting);

    public static readonly SerialEmCommand SetDirectory = new("SetDirectory", 169, "S", CommandKind.Setting);

    public static readonly SerialEmCommand AddToAutodoc = new("AddToAutodoc", 176, "SS", CommandKind.Action);

    public static readonly SerialEmCommand WriteAutodoc = new("WriteAutodoc", 177, "", CommandKind.Setting);

    public static readonly SerialEmCommand SetProperty = new("SetProperty", 193, "SI", CommandKind.Setting);

    public static readonly SerialEmCommand ReportProperty = new("ReportProperty", 195, "S", CommandKind.Report);

    public static readonly SerialEmCommand ChangeFocus = new("ChangeFocus", 199, "D", CommandKind.Action);

    public static readonly SerialEmCommand SetDefocus = new("SetDefocus", 200, "D", CommandKind.Setting);

    public static readonly SerialEmCommand SetTargetDefocus = new("SetTargetDefocus", 206, "D", CommandKind.Setting);

    public static readonly SerialEmCommand SetMag = new("SetMag", 212, "Di", CommandKind.Setting);

    public static readonly SerialEmCommand SetSpotSize = new("SetSpotSize", 219, "I", CommandKind.Setting);

    public static readonly SerialEmCommand Delay = new("Delay", 221, "Ds", CommandKind.LongTask);

    public static readonly SerialEmCommand ImageShiftByPixels = new("ImageShiftByPixels", 228, "DDdi", CommandKind.Action);

    public static readonly SerialEmCommand ImageShiftByMicrons = new("ImageShiftByMicrons", 230, "DDdi", CommandKind.Action);

    public static readonly SerialEmCommand ImageShiftByStageDiff = new("ImageShiftByStageDiff", 231, "DDdi", CommandKind.Action);

    public static readonly SerialEmCommand ReportTargetDefocus = new("ReportTargetDefocus", 240, "", CommandKind.Report);

    public static readonly SerialEmCommand SetImageShift = new("SetImageShift", 247, "DDdi", CommandKind.Setting);

    public static readonly SerialEmCommand ReportImageShift = new("ReportImageShift", 249, "", CommandKind.Report);

    public static readonly SerialEmCommand ReportAlignShift = new("ReportAlignShift", 259, "", CommandKind.Report);

    public static readonly SerialEmCommand CameraToSpecimenMatrix = new("CameraToSpecimenMatrix", 269, "I", CommandKind.Report);

    public static readonly SerialEmCommand MoveStage = new("MoveStage", 285, "DDd", CommandKind.StageMove);

    public static readonly SerialEmCommand MoveStageTo = new("MoveStageTo", 286, "DDd", CommandKind.StageMove);

    public static readonly SerialEmCommand ReportStageXYZ = new("ReportStageXYZ", 293, "", CommandKind.Report);

    public static readonly SerialEmCommand ReportTiltAngle = new("ReportTiltAngle", 294, "", CommandKind.Report);

    public static readonly SerialEmCommand ReportMag = new("ReportMag", 297, "", CommandKind.Report);

    public static readonly SerialEmCommand ReportDefocus = new("ReportDefocus", 300, "", CommandKind.Report);

    public static readonly SerialEmCommand ReportEnergyFilter = new("ReportEnergyFilter", 310, "", CommandKind.Report);

    public static readonly SerialEmCommand RemoveAperture = new("RemoveAperture", 319, "I", CommandKind.LongTask);

    public static readonly SerialEmCommand ReInsertAperture = new("ReInsertAperture", 320, "I", CommandKind.LongTask);

    public static readonly SerialEmCommand CropCenterToSize = new("CropCenterToSize", 330, "SII", CommandKind.Action);

    public static readonly SerialEmCommand ImageProperties = new("ImageProperties", 342, "s", CommandKind.Report);

    public static readonly SerialEmCommand Echo = new("Echo", 349, "s", CommandKind.Setting);

    public static readonly SerialEmCommand IsVersionAtLeast = new("IsVersionAtLeast", 356, "Ss", CommandKind.Report);

    public static readonly SerialEmCommand ResetImageShift = new("ResetImageShift", 378, "id", CommandKind.StageMove);

    public static readonly SerialEmCommand Eucentricity = new("Eucentricity", 380, "ii", CommandKind.LongTask);

    public static readonly SerialEmCommand DriftWaitTask = new("DriftWaitTask", 385, "dsddisiii", CommandKind.LongTask);

    public static readonly SerialEmCommand SetPercentC2 = new("SetPercentC2", 396, "D", CommandKind.Setting);

    public static readonly SerialEmCommand ReportSlotStatus = new("ReportSlotStatus", 405, "I", CommandKind.Report);

    public static readonly SerialEmCommand LoadCartridge = new("LoadCartridge", 406, "I", CommandKind.GridLoad);

    // Not in §1.10: MacroMasterList.h lists it directly after LoadCartridge (406); the list is append-only.
    public static readonly SerialEmCommand UnloadCartridge = new("UnloadCartridge", 407, "", CommandKind.GridLoad);

    public static readonly SerialEmCommand AreDewarsFilling = new("AreDewarsFilling", 410, "", CommandKind.Report);

    public static readonly SerialEmCommand SetSlitIn = new("SetSlitIn", 416, "i", CommandKind.Setting);

    public static readonly SerialEmCommand RefineZLP = new("RefineZLP", 417, "diii", CommandKind.LongTask);

    // Not in §1.10: MacroMasterList.h lists SelectCamera (418) then SetExposure right after RefineZLP (417); keys SDd = parameter
    // set, exposure time in seconds, optional drift settling in seconds. SetDoseFracParams (429) follows ten entries later.
    public static readonly SerialEmCommand SetExposure = new("SetExposure", 419, "SDd", CommandKind.Setting);

    public static readonly SerialEmCommand SetDoseFracParams = new("SetDoseFracParams", 429, "SIiiii", CommandKind.Setting);

    public static readonly SerialEmCommand KeepCameraSetChanges = new("KeepCameraSetChanges", 439, "s", CommandKind.Setting);

    public static readonly SerialEmCommand SetFolderForFrames = new("SetFolderForFrames", 446, "S", CommandKind.Setting);

    public static readonly SerialEmCommand SetColumnOrGunValve = new("SetColumnOrGunValve", 455, "I", CommandKind.Setting);

    public static readonly SerialEmCommand IsPVPRunning = new("IsPVPRunning", 458, "", CommandKind.Report);

    public static readonly SerialEmCommand RealignToNavItem = new("RealignToNavItem", 461, "Iidii", CommandKind.LongTask);

    public static readonly SerialEmCommand ReportNavItem = new("ReportNavItem", 465, "", CommandKind.Report);

    public static readonly SerialEmCommand GoToLowDoseArea = new("GoToLowDoseArea", 525, "S", CommandKind.Setting);

    public static readonly SerialEmCommand SetLowDoseMode = new("SetLowDoseMode", 527, "I", CommandKind.Setting);

    public static readonly SerialEmCommand SetAxisPosition = new("SetAxisPosition", 528, "SDdi", CommandKind.Setting);

    public static readonly SerialEmCommand UpdateHWDarkRef = new("UpdateHWDarkRef", 537, "D", CommandKind.LongTask);

    public static readonly SerialEmCommand LongOperation = new("LongOperation", 538, "Sssssssssssssssssss", CommandKind.LongTask);

    public static readonly SerialEmCommand RunInShell = new("RunInShell", 540, "S", CommandKind.LongTask);

    public static readonly SerialEmCommand SaveBeamTilt = new("SaveBeamTilt", 547, "", CommandKind.Setting);

    public static readonly SerialEmCommand RestoreBeamTilt = new("RestoreBeamTilt", 548, "", CommandKind.Setting);

    public static readonly SerialEmCommand ReportCurrentPixelSize = new("ReportCurrentPixelSize", 578, "S", CommandKind.Report);

    public static readonly SerialEmCommand SetFrameBaseName = new("SetFrameBaseName", 580, "IIIS", CommandKind.Setting);

    public static readonly SerialEmCommand CycleTargetDefocus = new("CycleTargetDefocus", 624, "DDIi", CommandKind.Setting);

    public static readonly SerialEmCommand GoToImagingState = new("GoToImagingState", 627, "S", CommandKind.Setting);

    public static readonly SerialEmCommand ReportApertureSize = new("ReportApertureSize", 661, "I", CommandKind.Report);

    public static readonly SerialEmCommand SetApertureSize = new("SetApertureSize", 662, "II", CommandKind.LongTask);

    public static readonly SerialEmCommand BufImageToStageMatrix = new("BufImageToStageMatrix", 688, "SI", CommandKind.Report);

    public static readonly SerialEmCommand ReportNumExeFuncs = new("ReportNumExeFuncs", 710, "", CommandKind.Report);

    private static readonly Dictionary<string, SerialEmCommand> _byName = typeof(CommandTable)
        .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .Select(f => (SerialEmCommand)f.GetValue(null)!)
        .ToDictionary(c => c.Name, StringComparer.OrdinalIgnoreCase);

    private static readonly Dictionary<int, SerialEmCommand> _byIndex = _byName.Values.ToDictionary(c => c.Index);

    /// <summary>Every command in the table.</summary>
    public static IReadOnlyCollection<SerialEmCommand> All => _byName.Values;

    /// <summary>Looks a command up by name (case-insensitive); unknown names are an <see cref="ArgumentException"/>.</summary>
    public static SerialEmCommand ByName(string name) =>
        _byName.TryGetValue(name, out var command) ? command : throw new ArgumentException($"Unknown SerialEM command '{name}'.", nameof(name));

    public static bool TryGetByIndex(int index, out SerialEmCommand command) => _byIndex.TryGetValue(index, out command!);
}
