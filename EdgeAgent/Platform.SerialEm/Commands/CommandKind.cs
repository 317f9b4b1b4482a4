namespace Platform.SerialEm.Commands;

/// <summary>What a command does to the microscope: decides its time limit and whether it may be re-sent after a lost connection.</summary>
public enum CommandKind
{
    /// <summary>Reads state only; safe to re-send.</summary>
    Report,

    /// <summary>Sets an absolute value or mode without moving the stage or exposing; safe to re-send.</summary>
    Setting,

    /// <summary>A quick relative change or file operation (ChangeFocus, ImageShiftByMicrons, Save): re-sending would apply it twice.</summary>
    Action,

    /// <summary>Moves or tilts the stage.</summary>
    StageMove,

    /// <summary>Takes an image with the camera (View, Search, Preview, Record...).</summary>
    Exposure,

    /// <summary>Acquires a montage (minutes to hours).</summary>
    Montage,

    /// <summary>Loads or unloads an autoloader cartridge.</summary>
    GridLoad,

    /// <summary>Multi-step tasks that expose or move (AutoFocus, DriftWaitTask, RefineZLP, Eucentricity, user scripts).</summary>
    LongTask,

    /// <summary>Ends external control (Exit).</summary>
    Exit,
}
