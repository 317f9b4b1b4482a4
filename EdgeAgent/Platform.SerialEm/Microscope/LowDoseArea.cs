namespace Platform.SerialEm.Microscope;

/// <summary>A Low Dose area; SerialEM takes its first letter (V, F, T, R, S) in GoToLowDoseArea and SetAxisPosition.</summary>
public enum LowDoseArea
{
    View,
    Focus,
    Trial,
    Record,
    Search,
}
