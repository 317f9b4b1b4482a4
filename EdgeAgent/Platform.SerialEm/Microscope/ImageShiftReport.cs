namespace Platform.SerialEm.Microscope;

/// <summary>ReportImageShift: the image shift in SerialEM's IS units (the values SetImageShift takes).</summary>
public sealed record ImageShiftReport(double X, double Y);
