using Platform.Runtime;

namespace Platform.Grains.Sessions;

/// <summary>
/// Create a session from a booking. Null <see cref="Collection"/> takes the facility's defaults; null
/// <see cref="Processing"/> takes the platform defaults with the microscope's voltage and Cs.
/// <see cref="RequestedByStaff"/> lifts the "booking must be active today" rule (EMhub).
/// </summary>
[Immutable]
public sealed record CreateSessionRequest(
    string BookingId,
    string CreatedByUserId,
    string Name,
    string GroupId,
    string DetectorId,
    CollectionParameters? Collection,
    ProcessingParameters? Processing,
    bool RequestedByStaff);
