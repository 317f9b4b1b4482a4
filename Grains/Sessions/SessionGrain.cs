using System.Text.RegularExpressions;
using Platform.Grains.Bookings;
using Platform.Grains.Errors;
using Platform.Grains.Facilities;
using Platform.Grains.Microscopes;
using Platform.Grains.SessionData;
using Platform.Grains.Views;
using Platform.Runtime;
using Platform.Runtime.Indexing;
using Platform.Runtime.Streams;

namespace Platform.Grains.Sessions;

/// <summary>
/// A session: creation from a booking and setup (this file), grids (SessionGrain.Grids.cs), run control
/// (SessionGrain.Run.cs), tracks (SessionGrain.Tracks.cs) and retention (SessionGrain.Retention.cs).
/// Every change is written together with the event that announces it.
/// </summary>
[GrainType("session")]
public sealed partial class SessionGrain([PersistentState("session")] IPersistentState<SessionState> state, ISessionDataStore sessionData, IIndexReader indexes) : Grain, ISessionGrain, IRemindable
{
    /// <summary>How long a run lock lasts without the agent renewing it.</summary>
    public static readonly TimeSpan RunLockLease = TimeSpan.FromMinutes(10);

    private PersistedView<SessionState, SessionView>? _views;

    private SessionState S => state.State;

    public async Task<SessionView> CreateAsync(CreateSessionRequest request)
    {
        if (state.RecordExists)
        {
            throw new AlreadyExistsException("Session", GrainKey);
        }

        var now = TimeProvider.GetUtcNow();
        var booking = await GrainFactory.GetGrain<IBookingGrain>(request.BookingId).GetAsync();
        if (!request.RequestedByStaff && !booking.IsActiveOn(now))
        {
            throw new InvalidStateException("create a session", "the booking is not active today", "only staff can create sessions outside the booking's dates");
        }

        var microscope = await GrainFactory.GetGrain<IMicroscopeGrain>(booking.Request.MicroscopeId).GetAsync();
        var facility = await GrainFactory.GetGrain<IFacilityGrain>(booking.FacilityId).GetAsync();
        var processing = request.Processing ?? new ProcessingParameters
        {
            VoltageKilovolts = microscope.Registration.VoltageKilovolts,
            SphericalAberrationMillimetres = microscope.Registration.SphericalAberrationMillimetres,
        };
        var setup = new SessionSetup(request.Name, request.GroupId, request.DetectorId, (request.Collection ?? facility.Settings.DefaultCollection).Normalized(), processing);
        InvalidInputException.ThrowIfAny(ValidateSetup(setup, microscope));

        await GrainFactory.GetGrain<IBookingGrain>(request.BookingId).AddSessionAsync(GrainKey);
        S.FacilityId = booking.FacilityId;
        S.BookingId = request.BookingId;
        S.MicroscopeId = booking.Request.MicroscopeId;
        S.OwnerUserId = request.CreatedByUserId;
        S.Name = FullName(now, setup.Name);
        S.Setup = setup;
        S.CreatedAtUtc = now;
        S.Tracks = [.. Enum.GetValues<TrackKind>().Select(t => new TrackStatus(t, TrackState.NotRunning, SettingsPending: false, ChangedAtUtc: null))];
        await SaveAsync(Event(SessionEventKind.Created, $"Session {S.Name} created"));
        return View();
    }

    public Task<SessionView> GetAsync() => (_views ??= new(state, View)).GetAsync();

    public async Task<SessionView> UpdateSetupAsync(SessionSetup setup)
    {
        var current = View().Setup;
        setup = setup with { Collection = setup.Collection.Normalized() };
        var hardwareOrCollectionChanged = setup.Name != current.Name || setup.GroupId != current.GroupId
            || setup.DetectorId != current.DetectorId || setup.Collection != current.Collection;
        if (hardwareOrCollectionChanged && SessionRunTransitions.IsActive(S.RunState))
        {
            throw new InvalidStateException("change the collection setup", S.RunState.ToString(), "stop the run first; processing settings can change while it runs");
        }

        var microscope = await GrainFactory.GetGrain<IMicroscopeGrain>(S.MicroscopeId).GetAsync();
        InvalidInputException.ThrowIfAny(ValidateSetup(setup, microscope));
        if (setup.Processing != current.Processing)
        {
            MarkProcessingSettingsPending();
        }

        S.Name = FullName(S.CreatedAtUtc, setup.Name);
        S.Setup = setup;
        await SaveAsync(Event(SessionEventKind.SetupChanged, "Setup saved"));
        return View();
    }

    private static List<FieldError> ValidateSetup(SessionSetup setup, MicroscopeView microscope)
    {
        var errors = new List<FieldError>();
        if (!ShortNamePattern().IsMatch(setup.Name.Trim().Replace(' ', '_')))
        {
            errors.Add(new("name", "must be 1 to 64 letters, digits, '_' or '-' (spaces become '_')"));
        }

        if (string.IsNullOrWhiteSpace(setup.GroupId))
        {
            errors.Add(new("groupId", "is required"));
        }

        var detector = microscope.Registration.Detectors.FirstOrDefault(d => d.Id == setup.DetectorId);
        var facts = new DetectorFacts(microscope.Id, [.. microscope.Registration.Detectors.Select(d => d.Id)], setup.DetectorId, detector?.Vendor == DetectorVendor.Gatan, microscope.Registration.HasEnergyFilter);
        errors.AddRange(CollectionParametersValidator.Validate(setup.Collection, facts).Select(e => e.Field == "detectorId" ? e : e with { Field = $"collection.{e.Field}" }));
        errors.AddRange(setup.Processing.Validate().Select(e => e with { Field = $"processing.{e.Field}" }));
        return errors;
    }

    /// <summary>SmartScope's <c>YYYYMMDD_Name</c>, dated by the session's creation day (UTC), spaces replaced by '_'.</summary>
    private static string FullName(DateTimeOffset createdAtUtc, string shortName) =>
        $"{createdAtUtc.UtcDateTime:yyyyMMdd}_{shortName.Trim().Replace(' ', '_')}";

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex ShortNamePattern();

    private SessionEvent Event(SessionEventKind kind, string message, LogPanel? panel = null, string? detail = null) =>
        new(GrainKey, kind, TimeProvider.GetUtcNow(), message, S.RunState, panel, detail);

    private Task SaveAsync(params SessionEvent[] events) =>
        state.WriteStateAsync([.. events.Select(e => Streams.CreateEvent(new StreamId(SessionEvent.StreamNamespace, GrainKey), e)), .. TakeQueuedCommands()]);

    private Task PublishAsync(SessionEvent sessionEvent) =>
        Streams.PublishAsync(new StreamId(SessionEvent.StreamNamespace, GrainKey), sessionEvent);

    private SessionView View()
    {
        if (!state.RecordExists || S.Setup is null)
        {
            throw new NotFoundException("Session", GrainKey);
        }

        return new SessionView
        {
            Id = GrainKey,
            FacilityId = S.FacilityId,
            BookingId = S.BookingId,
            MicroscopeId = S.MicroscopeId,
            Name = S.Name,
            OwnerUserId = S.OwnerUserId,
            Setup = S.Setup,
            RunState = S.RunState,
            RunMessage = S.RunMessage,
            PauseBetweenGrids = S.PauseBetweenGrids,
            Tracks = [.. S.Tracks],
            Counters = S.Counters,
            Grids = [.. S.Grids],
            CreatedAtUtc = S.CreatedAtUtc,
            StartedAtUtc = S.StartedAtUtc,
            EndedAtUtc = S.EndedAtUtc,
            DataExpiresAtUtc = S.DataExpiresAtUtc,
            DataDeletedAtUtc = S.DataDeletedAtUtc,
        };
    }
}
