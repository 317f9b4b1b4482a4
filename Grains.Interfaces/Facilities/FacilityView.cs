using Platform.Runtime;

namespace Platform.Grains.Facilities;

/// <summary>A facility as the API shows it.</summary>
[Immutable]
public sealed record FacilityView(string Id, FacilitySettings Settings, DateTimeOffset CreatedAtUtc);
