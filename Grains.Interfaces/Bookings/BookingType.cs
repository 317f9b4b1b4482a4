namespace Platform.Grains.Bookings;

/// <summary>What a booking reserves the microscope for; only <see cref="Booking"/> can have sessions.</summary>
public enum BookingType
{
    Booking,
    Maintenance,
    Downtime,
}
