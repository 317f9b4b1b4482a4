using Platform.Runtime.Indexing;

namespace Platform.Grains.Bookings;

/// <summary>The <c>bookings</c> index table, written with the Booking grain's state.</summary>
public static class BookingIndex
{
    public const string Table = "bookings";
    public const string FacilityId = "facility_id";
    public const string MicroscopeId = "microscope_id";
    public const string OwnerUserId = "owner_user_id";
    public const string GroupId = "group_id";
    public const string Type = "type";
    public const string StartAt = "start_at";
    public const string EndAt = "end_at";
    public const string SessionCount = "session_count";

    public static IndexTable Definition { get; } = new(Table,
    [
        new(FacilityId, IndexColumnType.Text, Indexed: true),
        new(MicroscopeId, IndexColumnType.Text, Indexed: true),
        new(OwnerUserId, IndexColumnType.Text),
        new(GroupId, IndexColumnType.Text, Indexed: true),
        new(Type, IndexColumnType.Text),
        new(StartAt, IndexColumnType.Timestamp, Indexed: true),
        new(EndAt, IndexColumnType.Timestamp),
        new(SessionCount, IndexColumnType.Integer),
    ]);
}
