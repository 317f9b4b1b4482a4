namespace Platform.SerialEm.Microscope;

/// <summary>ReportImageShift: the image shift in IS units (what SetImageShift takes) and, when reported, its stage-coordinate equivalent in µm (values 5–6).</summary>
public sealed record ImageShiftReport(double X, double Y, double? StageXMicrons = null, double? StageYMicrons = null);
