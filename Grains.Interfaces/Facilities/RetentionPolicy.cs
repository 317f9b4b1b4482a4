using Platform.Runtime;

namespace Platform.Grains.Facilities;

/// <summary>How long a facility keeps session data after the session ends, and how early users are warned.</summary>
[Immutable]
public sealed record RetentionPolicy(int RetentionDays = 30, int WarningLeadDays = 7);
