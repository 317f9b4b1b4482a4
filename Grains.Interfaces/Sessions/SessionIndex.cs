using Platform.Runtime.Indexing;

namespace Platform.Grains.Sessions;

/// <summary>The <c>sessions</c> index table: what session lists filter and sort on, written with the Session grain's state.</summary>
public static class SessionIndex
{
    public const string Table = "sessions";
    public const string FacilityId = "facility_id";
    public const string MicroscopeId = "microscope_id";
    public const string BookingId = "booking_id";
    public const string GroupId = "group_id";
    public const string OwnerUserId = "owner_user_id";
    public const string Name = "name";
    public const string RunState = "run_state";
    public const string CreatedAt = "created_at";
    public const string EndedAt = "ended_at";
    public const string DataExpiresAt = "data_expires_at";

    /// <summary>The columns a session list can be ordered by (the <c>SessionOrderField</c> values).</summary>
    public static IReadOnlyList<string> SortColumns { get; } = [Name, RunState, CreatedAt, EndedAt, DataExpiresAt];

    public static IndexTable Definition { get; } = new(Table,
    [
        new(FacilityId, IndexColumnType.Text, Indexed: true),
        new(MicroscopeId, IndexColumnType.Text, Indexed: true),
        new(BookingId, IndexColumnType.Text, Indexed: true),
        new(GroupId, IndexColumnType.Text, Indexed: true),
        new(OwnerUserId, IndexColumnType.Text),
        new(Name, IndexColumnType.Text),
        new(RunState, IndexColumnType.Text),
        new(CreatedAt, IndexColumnType.Timestamp, Indexed: true),
        new(EndedAt, IndexColumnType.Timestamp),
        new(DataExpiresAt, IndexColumnType.Timestamp),
    ])
    {
        // Session lists are scoped to one facility: (facility, sort column) lets a page be read from an index in order
        // instead of sorting all of the facility's sessions for every page (newest first is the default list).
        CompositeIndexes = [.. SortColumns.Select(c => new CompositeIndex([FacilityId, c]))],
    };
}
