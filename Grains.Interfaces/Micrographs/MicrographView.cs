using Platform.Runtime;

namespace Platform.Grains.Micrographs;

/// <summary>A micrograph as users see it: its results, where they came from (<c>agent</c> or an external pipeline's name), and the manual exclude flag.</summary>
[Immutable]
public sealed record MicrographView(string Key, string SessionId, string FacilityId, MicrographResult Result, string Source, bool Excluded, DateTimeOffset UpdatedAtUtc);
