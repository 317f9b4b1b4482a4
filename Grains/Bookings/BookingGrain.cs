using Platform.Grains.Errors;
using Platform.Grains.Microscopes;
using Platform.Runtime;

namespace Platform.Grains.Bookings;

/// <summary>A booking: validates its window and microscope, and records the sessions created from it.</summary>
[GrainType("booking")]
public sealed class BookingGrain([PersistentState("booking")] IPersistentState<BookingState> state) : Grain, IBookingGrain
{
    public async Task<BookingView> CreateAsync(BookingRequest request)
    {
        if (state.RecordExists)
        {
            throw new AlreadyExistsException("Booking", GrainKey);
        }

        var errors = new List<FieldError>();
        if (request.EndUtc <= request.StartUtc)
        {
            errors.Add(new("endUtc", "must be after the start"));
        }

        if (string.IsNullOrWhiteSpace(request.OwnerUserId))
        {
            errors.Add(new("ownerUserId", "is required"));
        }

        if (string.IsNullOrWhiteSpace(request.GroupId))
        {
            errors.Add(new("groupId", "is required"));
        }

        InvalidInputException.ThrowIfAny(errors);
        var microscope = await GrainFactory.GetGrain<IMicroscopeGrain>(request.MicroscopeId).GetAsync();
        state.State.FacilityId = microscope.Registration.FacilityId;
        state.State.Request = request;
        state.State.CreatedAtUtc = TimeProvider.GetUtcNow();
        await state.WriteStateAsync();
        return View();
    }

    public Task<BookingView> GetAsync() => Task.FromResult(View());

    public async Task<BookingView> AddSessionAsync(string sessionId)
    {
        var view = View();
        if (view.Request.Type != BookingType.Booking)
        {
            throw new InvalidStateException("create a session", $"booking type {view.Request.Type}", "sessions can only be created from bookings of type Booking");
        }

        if (!state.State.SessionIds.Contains(sessionId))
        {
            state.State.SessionIds.Add(sessionId);
            await state.WriteStateAsync();
        }

        return View();
    }

    public async Task<BookingView> RemoveSessionAsync(string sessionId)
    {
        if (state.State.SessionIds.Remove(sessionId))
        {
            await state.WriteStateAsync();
        }

        return View();
    }

    public async Task CancelAsync()
    {
        View();
        if (state.State.SessionIds.Count > 0)
        {
            throw new InvalidStateException("cancel the booking", $"{state.State.SessionIds.Count} sessions exist", "a booking with sessions cannot be cancelled");
        }

        await state.ClearStateAsync();
    }

    private BookingView View() => state.State.Request is { } request
        ? new BookingView(GrainKey, state.State.FacilityId, request, [.. state.State.SessionIds], state.State.CreatedAtUtc)
        : throw new NotFoundException("Booking", GrainKey);
}
