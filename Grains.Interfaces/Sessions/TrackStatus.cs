using Platform.Runtime;

namespace Platform.Grains.Sessions;

/// <summary>One track's status and whether saved settings are waiting for a restart to apply.</summary>
[Immutable]
public sealed record TrackStatus(TrackKind Track, TrackState State, bool SettingsPending, DateTimeOffset? ChangedAtUtc);
