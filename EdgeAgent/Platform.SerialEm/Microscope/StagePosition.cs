namespace Platform.SerialEm.Microscope;

/// <summary>Stage position as ReportStageXYZ gives it, in micrometres.</summary>
public sealed record StagePosition(double XMicrons, double YMicrons, double ZMicrons);
