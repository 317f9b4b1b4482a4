namespace Platform.SerialEm.Microscope;

/// <summary>ReportAlignShift: the last alignment's image shift in pixels (values 1–2) and specimen shift in nm (values 5–6).</summary>
public sealed record AlignShift(double ShiftXPixels, double ShiftYPixels, double SpecimenXNanometers, double SpecimenYNanometers);
