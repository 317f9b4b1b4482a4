using Platform.Runtime.Indexing;

namespace Platform.Grains.Bookings;

/// <summary>Persistent state of a booking.</summary>
public sealed class BookingState : IIndexedState
{
    public string FacilityId { get; set; } = "";

    public BookingRequest? Request { get; set; }

    public List<string> SessionIds { get; set; } = [];

    public DateTimeOffset CreatedAtUtc { get; set; }

    public IReadOnlyList<IndexRow> ToIndexRows(string grainKey) => Request is null
        ? []
        : [new(BookingIndex.Table, grainKey, new Dictionary<string, object?>
        {
            [BookingIndex.FacilityId] = FacilityId,
            [BookingIndex.MicroscopeId] = Request.MicroscopeId,
            [BookingIndex.OwnerUserId] = Request.OwnerUserId,
            [BookingIndex.GroupId] = Request.GroupId,
            [BookingIndex.Type] = Request.Type.ToString(),
            [BookingIndex.StartAt] = Request.StartUtc,
            [BookingIndex.EndAt] = Request.EndUtc,
            [BookingIndex.SessionCount] = (long)SessionIds.Count,
        })];
}
