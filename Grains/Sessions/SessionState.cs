using Platform.Grains.Grids;
using Platform.Runtime.Indexing;

namespace Platform.Grains.Sessions;

/// <summary>Persistent state of a session; mirrored into the <c>sessions</c> index table on every write.</summary>
public sealed partial class SessionState : IIndexedState
{
    public string FacilityId { get; set; } = "";

    public string BookingId { get; set; } = "";

    public string MicroscopeId { get; set; } = "";

    public string OwnerUserId { get; set; } = "";

    public string Name { get; set; } = "";

    public SessionSetup? Setup { get; set; }

    public SessionRunState RunState { get; set; } = SessionRunState.Created;

    public string? RunMessage { get; set; }

    public bool PauseBetweenGrids { get; set; }

    public List<TrackStatus> Tracks { get; set; } = [];

    public SessionCounters Counters { get; set; } = new();

    public List<GridSlot> Grids { get; set; } = [];

    public DateTimeOffset CreatedAtUtc { get; set; }

    public DateTimeOffset? StartedAtUtc { get; set; }

    public DateTimeOffset? EndedAtUtc { get; set; }

    public int RetentionDays { get; set; }

    public int RetentionExtensionDays { get; set; }

    public DateTimeOffset? DataExpiresAtUtc { get; set; }

    public DateTimeOffset? RetentionWarningSentAtUtc { get; set; }

    public DateTimeOffset? DataDeletedAtUtc { get; set; }

    public IReadOnlyList<IndexRow> ToIndexRows(string grainKey) => Setup is null
        ? []
        : [new(SessionIndex.Table, grainKey, new Dictionary<string, object?>
        {
            [SessionIndex.FacilityId] = FacilityId,
            [SessionIndex.MicroscopeId] = MicroscopeId,
            [SessionIndex.BookingId] = BookingId,
            [SessionIndex.GroupId] = Setup.GroupId,
            [SessionIndex.OwnerUserId] = OwnerUserId,
            [SessionIndex.Name] = Name,
            [SessionIndex.RunState] = RunState.ToString(),
            [SessionIndex.CreatedAt] = CreatedAtUtc,
            [SessionIndex.EndedAt] = EndedAtUtc,
            [SessionIndex.DataExpiresAt] = DataExpiresAtUtc,
        })];
}
