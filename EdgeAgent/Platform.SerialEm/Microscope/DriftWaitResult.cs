namespace Platform.SerialEm.Microscope;

/// <summary>DriftWaitTask outcome: the last measured drift rate (Å/s), the time waited (s) and whether the criterion was met.</summary>
public sealed record DriftWaitResult(double LastDriftAngstromPerSecond, double ElapsedSeconds, bool CriterionMet);
