using System.Security.Claims;
using System.Text.Json;
using Platform.Gateway;
using Platform.Gateway.Tests.Authorization;
using Platform.Grains;
using Platform.Grains.Bookings;
using Platform.Grains.Facilities;
using Platform.Grains.Grids;
using Platform.Grains.Microscopes;
using Platform.Grains.Sessions;
using Platform.GraphQL.Building;
using Platform.GraphQL.Requests;
using Platform.GraphQL.Serialization;
using Platform.Silo.Runtime;
using Platform.Testing;

namespace Platform.Gateway.Tests.Schema;

/// <summary>
/// The platform schema executed in process over a real grain runtime and SQLite index tables, seeded with two
/// facilities (so cross-facility lookups can be tested), each with a microscope, a booking and a session with two grids.
/// </summary>
public sealed class PlatformSchemaHarness : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private static readonly DateTimeOffset _today = new(2026, 3, 2, 0, 0, 0, TimeSpan.Zero);

    private static DateTimeOffset Today => _today;

    private PlatformSchemaHarness(TestSilo silo, ManualTimeProvider time, GraphQLEngine engine)
    {
        Silo = silo;
        Time = time;
        Engine = engine;
    }

    public TestSilo Silo { get; }

    public ManualTimeProvider Time { get; }

    public GraphQLEngine Engine { get; }

    public static async Task<PlatformSchemaHarness> StartAsync()
    {
        var time = new ManualTimeProvider(Start);
        // Coarse runtime ticks: tests move the manual clock by days, and every tick of a fine timer would fire on the way.
        var options = new RuntimeOptions { CollectionQuantum = TimeSpan.FromDays(1), ReminderPollInterval = TimeSpan.FromHours(6) };
        var silo = await TestSilo.StartAsync(typeof(FacilityGrain).Assembly, time, options: options, indexTables: PlatformIndexes.All, configure: services => services.AddFileSystemSessionData(time));
        var engine = new GraphQLEngine(PlatformGraphQL.Describe(new SchemaBuilder()).Build(), timeProvider: time);
        var harness = new PlatformSchemaHarness(silo, time, engine);
        await harness.SeedFacilityAsync("lab-a", "scope-a", "booking-a", "session-a");
        await harness.SeedFacilityAsync("lab-b", "scope-b", "booking-b", "session-b");
        return harness;
    }

    /// <summary>A facility with a microscope (K3 + Falcon), a booking today, and a session with grids at positions 1 and 2.</summary>
    public async Task SeedFacilityAsync(string facilityId, string microscopeId, string bookingId, string sessionId)
    {
        var grains = Silo.Grains;
        await grains.GetGrain<IFacilityGrain>(facilityId).ConfigureAsync(new FacilitySettings($"Facility {facilityId}", new RetentionPolicy(30, 7), new CollectionParameters()));
        await grains.GetGrain<IMicroscopeGrain>(microscopeId).RegisterAsync(new MicroscopeRegistration(
            facilityId, $"Krios {microscopeId}", "Titan Krios G4",
            [new Detector("k3", "K3", "Gatan K3", DetectorVendor.Gatan), new Detector("falcon4i", "Falcon 4i", "Falcon 4i", DetectorVendor.ThermoFisher)],
            HasEnergyFilter: true));
        await grains.GetGrain<IBookingGrain>(bookingId).CreateAsync(new BookingRequest(microscopeId, "alice", "lab", Today, Today.AddDays(1), BookingType.Booking, "Screening"));
        var session = grains.GetGrain<ISessionGrain>(sessionId);
        await session.CreateAsync(new CreateSessionRequest(bookingId, "alice", "apoF", "lab", "k3", null, null, RequestedByStaff: false));
        await session.AddGridAsync(new GridSetup(1, "apoF_1", "R1.2/1.3", 300, MeshMaterial.Gold));
        await session.AddGridAsync(new GridSetup(2, null, "R2/1", 300, MeshMaterial.Carbon));
    }

    /// <summary>A second session with one grid on lab-a's booking and microscope.</summary>
    public async Task SeedSecondSessionAsync(string sessionId)
    {
        var session = Silo.Grains.GetGrain<ISessionGrain>(sessionId);
        await session.CreateAsync(new CreateSessionRequest("booking-a", "bob", "second", "lab", "k3", null, null, RequestedByStaff: false));
        await session.AddGridAsync(new GridSetup(1, "second_1", "R1.2/1.3", 300, MeshMaterial.Gold));
    }

    /// <summary>Runs a document as a platform admin and returns the whole response (<c>data</c>, <c>errors</c>) as JSON.</summary>
    public Task<JsonElement> RunAsync(string query, object? variables = null) => RunAsAsync(TestCallers.PlatformAdmin, query, variables);

    /// <summary>Runs a document as <paramref name="user"/> (null: anonymous) and returns the whole response as JSON.</summary>
    public async Task<JsonElement> RunAsAsync(ClaimsPrincipal? user, string query, object? variables = null)
    {
        var request = new GraphQLRequest
        {
            Query = query,
            Variables = variables is null ? null : JsonInput.ToMap(JsonSerializer.SerializeToElement(variables)),
        };
        var result = await Engine.ExecuteAsync(request, new RequestOptions { Services = Silo.Services, User = user }, TestContext.Current.CancellationToken);
        return JsonDocument.Parse(ResultWriter.ToUtf8(result)).RootElement.Clone();
    }

    /// <summary>Runs a document that must not produce request or field errors; returns <c>data</c>.</summary>
    public Task<JsonElement> DataAsync(string query, object? variables = null) => DataAsAsync(TestCallers.PlatformAdmin, query, variables);

    /// <summary>Runs a document as <paramref name="user"/> (an agent for the agent API); it must not produce errors; returns <c>data</c>.</summary>
    public async Task<JsonElement> DataAsAsync(ClaimsPrincipal user, string query, object? variables = null)
    {
        var response = await RunAsAsync(user, query, variables);
        Assert.False(response.TryGetProperty("errors", out var errors), $"unexpected errors: {errors}");
        return response.GetProperty("data");
    }

    public static string GlobalId(string type, string key) => Platform.GraphQL.Relay.GlobalId.Encode(type, key);

    public ValueTask DisposeAsync() => Silo.DisposeAsync();
}
