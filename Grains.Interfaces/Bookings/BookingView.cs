using Platform.Runtime;

namespace Platform.Grains.Bookings;

/// <summary>A booking as the API shows it, with the sessions created from it.</summary>
[Immutable]
public sealed record BookingView(string Id, string FacilityId, BookingRequest Request, IReadOnlyList<string> SessionIds, DateTimeOffset CreatedAtUtc)
{
    /// <summary>Active "today" in EMhub's sense: the UTC date of now lies within the booking's dates.</summary>
    public bool IsActiveOn(DateTimeOffset nowUtc) =>
        DateOnly.FromDateTime(Request.StartUtc.UtcDateTime) <= DateOnly.FromDateTime(nowUtc.UtcDateTime)
        && DateOnly.FromDateTime(nowUtc.UtcDateTime) <= DateOnly.FromDateTime(Request.EndUtc.UtcDateTime);
}
