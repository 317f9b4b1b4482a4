using Platform.Runtime;

namespace Platform.Grains.Bookings;

/// <summary>A reservation of a microscope by a user of a group, from start to end (UTC).</summary>
[Immutable]
public sealed record BookingRequest(string MicroscopeId, string OwnerUserId, string GroupId, DateTimeOffset StartUtc, DateTimeOffset EndUtc, BookingType Type, string Title);
