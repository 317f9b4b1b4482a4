using Platform.Runtime;

namespace Platform.Grains.Bookings;

/// <summary>A booking of a microscope, keyed by booking id; sessions are created from it (several per booking).</summary>
public interface IBookingGrain : IGrainWithStringKey
{
    Task<BookingView> CreateAsync(BookingRequest request);

    [ReadOnly]
    Task<BookingView> GetAsync();

    Task<BookingView> AddSessionAsync(string sessionId);

    Task<BookingView> RemoveSessionAsync(string sessionId);

    /// <summary>Cancels the booking; refused while it has sessions.</summary>
    Task CancelAsync();
}
