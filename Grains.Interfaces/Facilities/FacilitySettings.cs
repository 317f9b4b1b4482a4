using Platform.Grains.Sessions;
using Platform.Runtime;

namespace Platform.Grains.Facilities;

/// <summary>A facility's editable settings: name, retention policy and the collection parameters new sessions start from.</summary>
[Immutable]
public sealed record FacilitySettings(string Name, RetentionPolicy Retention, CollectionParameters DefaultCollection);
