namespace Platform.SerialEm.Microscope;

/// <summary>ReportEnergyFilter: slit width (eV), energy loss (eV) and whether the slit is in.</summary>
public sealed record EnergyFilterState(double SlitWidthElectronVolts, double EnergyLossElectronVolts, bool SlitIn);
