using Platform.Runtime;

namespace Platform.Grains.Sessions;

/// <summary>Everything the API shows about a session. <see cref="Name"/> is the full <c>YYYYMMDD_Name</c>.</summary>
[Immutable]
public sealed record SessionView
{
    public required string Id { get; init; }

    public required string FacilityId { get; init; }

    public required string BookingId { get; init; }

    public required string MicroscopeId { get; init; }

    public required string Name { get; init; }

    public required string OwnerUserId { get; init; }

    public required SessionSetup Setup { get; init; }

    public required SessionRunState RunState { get; init; }

    public string? RunMessage { get; init; }

    public bool PauseBetweenGrids { get; init; }

    public required IReadOnlyList<TrackStatus> Tracks { get; init; }

    public required SessionCounters Counters { get; init; }

    public required IReadOnlyList<GridSlot> Grids { get; init; }

    public required DateTimeOffset CreatedAtUtc { get; init; }

    public DateTimeOffset? StartedAtUtc { get; init; }

    public DateTimeOffset? EndedAtUtc { get; init; }

    /// <summary>Session end + facility retention days (+ staff extensions); null until the session ends.</summary>
    public DateTimeOffset? DataExpiresAtUtc { get; init; }

    public DateTimeOffset? DataDeletedAtUtc { get; init; }

    /// <summary>Whole days left before the data is deleted, at <paramref name="nowUtc"/>; null while the session has not ended.</summary>
    public int? DaysLeftAt(DateTimeOffset nowUtc) =>
        DataExpiresAtUtc is { } expires ? Retention.DaysLeft(expires, nowUtc) : null;
}
