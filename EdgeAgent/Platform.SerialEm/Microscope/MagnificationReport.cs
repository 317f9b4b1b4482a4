namespace Platform.SerialEm.Microscope;

/// <summary>ReportMag: the nominal magnification and whether the scope is in low-mag (LM) mode.</summary>
public sealed record MagnificationReport(double Magnification, bool IsLowMagMode);
