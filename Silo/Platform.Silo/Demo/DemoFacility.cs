using Platform.Grains.Bookings;
using Platform.Grains.Errors;
using Platform.Grains.Facilities;
using Platform.Grains.Grids;
using Platform.Grains.Microscopes;
using Platform.Grains.Sessions;
using Platform.Runtime;

namespace Platform.Silo.Demo;

/// <summary>
/// Seeds a demo facility with one microscope, a booking for today and a screening session with two grids,
/// so a newcomer has something to look at. Idempotent: what exists is left as it is.
/// </summary>
public sealed class DemoFacility(IGrainFactory grains, TimeProvider time, ILogger<DemoFacility> log) : IHostedService
{
    public const string FacilityId = "demo";
    public const string MicroscopeId = "demo-krios";
    public const string SessionId = "demo-session";
    private const string BookingId = "demo-booking";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await grains.GetGrain<IFacilityGrain>(FacilityId).ConfigureAsync(new FacilitySettings("Demo cryo-EM facility", new RetentionPolicy(RetentionDays: 30, WarningLeadDays: 7), new CollectionParameters()));
        await grains.GetGrain<IMicroscopeGrain>(MicroscopeId).RegisterAsync(new MicroscopeRegistration(
            FacilityId,
            "Krios G4 (simulated)",
            "Titan Krios G4",
            [new Detector("k3", "K3", "Gatan K3", DetectorVendor.Gatan), new Detector("falcon4i", "Falcon 4i", "Falcon 4i", DetectorVendor.ThermoFisher)],
            HasEnergyFilter: true));
        if (await ExistsAsync(() => grains.GetGrain<ISessionGrain>(SessionId).GetAsync()))
        {
            return;
        }

        var today = time.GetUtcNow().UtcDateTime.Date;
        if (!await ExistsAsync(() => grains.GetGrain<IBookingGrain>(BookingId).GetAsync()))
        {
            await grains.GetGrain<IBookingGrain>(BookingId).CreateAsync(new BookingRequest(MicroscopeId, "demo-user", "demo-lab", today, today.AddDays(1), BookingType.Booking, "Demo screening"));
        }

        var session = grains.GetGrain<ISessionGrain>(SessionId);
        await session.CreateAsync(new CreateSessionRequest(BookingId, "demo-user", "apoferritin_screening", "demo-lab", "k3", Collection: null, Processing: null, RequestedByStaff: true));
        await session.AddGridAsync(new GridSetup(1, "apoF_1", "R1.2/1.3", 300, MeshMaterial.Gold));
        await session.AddGridAsync(new GridSetup(2, null, "R2/1", 300, MeshMaterial.Carbon));
        log.LogInformation("Demo facility seeded: session {SessionId} with 2 grids on {MicroscopeId}", SessionId, MicroscopeId);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static async Task<bool> ExistsAsync<T>(Func<Task<T>> get)
    {
        try
        {
            await get();
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }
}
