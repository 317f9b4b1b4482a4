using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using Platform.Blobs.FileSystem;
using Platform.Blobs.Grants;
using Platform.Blobs.Keys;
using Platform.Blobs.Store;
using Platform.Grains;
using Platform.Grains.Bookings;
using Platform.Grains.Facilities;
using Platform.Grains.Microscopes;
using Platform.Grains.SessionData;
using Platform.Grains.Sessions;
using Platform.Runtime;
using Platform.Runtime.Streams;
using Platform.Silo.Runtime;
using Platform.Silo.SessionData;
using Platform.Testing;

namespace Platform.Grains.Tests;

/// <summary>A test silo hosting the domain grains, with a manual clock and one seeded facility, microscope and booking.</summary>
public sealed class DomainSilo : IAsyncDisposable
{
    private DomainSilo(TestSilo silo, ManualTimeProvider clock, string facilityId, string microscopeId, string bookingId)
    {
        Silo = silo;
        Clock = clock;
        FacilityId = facilityId;
        MicroscopeId = microscopeId;
        BookingId = bookingId;
    }

    public TestSilo Silo { get; }

    public ManualTimeProvider Clock { get; }

    public IGrainFactory Grains => Silo.Grains;

    /// <summary>The session files' store: a real filesystem blob store in a temporary folder unless started with another.</summary>
    public IBlobStore Blobs => Backend.Store;

    public BlobBackend Backend => Silo.Services.GetRequiredService<BlobBackend>();

    public ISessionDataStore SessionData => Silo.Services.GetRequiredService<ISessionDataStore>();

    public string FacilityId { get; }

    public string MicroscopeId { get; }

    public string BookingId { get; }

    public static Task<DomainSilo> StartAsync() => StartAsync(blobs: null);

    /// <summary>As <see cref="StartAsync()"/>, the session files in <paramref name="blobs"/> (a temporary filesystem store when null), made with the silo's clock.</summary>
    public static async Task<DomainSilo> StartAsync(Func<TimeProvider, BlobBackend>? blobs)
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 11, 21, 9, 0, 0, TimeSpan.Zero));
        var silo = await TestSilo.StartAsync(
            typeof(SessionGrain).Assembly,
            clock,
            options: new RuntimeOptions { PollReminders = false },
            indexTables: PlatformIndexes.All,
            configure: services => services.AddSessionData(blobs?.Invoke(clock), clock));
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var facilityId = $"fac-{suffix}";
        var microscopeId = $"krios-{suffix}";
        var bookingId = $"booking-{suffix}";
        await silo.Grains.GetGrain<IFacilityGrain>(facilityId).ConfigureAsync(new FacilitySettings("Test facility", new RetentionPolicy(30, 7), new CollectionParameters()));
        await silo.Grains.GetGrain<IMicroscopeGrain>(microscopeId).RegisterAsync(new MicroscopeRegistration(
            facilityId, "Krios", "Titan Krios", [new Detector("k3", "K3", "Gatan K3", DetectorVendor.Gatan), new Detector("falcon", "Falcon 4i", "Falcon 4i", DetectorVendor.ThermoFisher)], HasEnergyFilter: true, AutoloaderCapacity: 12));
        await silo.Grains.GetGrain<IBookingGrain>(bookingId).CreateAsync(new BookingRequest(microscopeId, "alice", "lab-a", clock.GetUtcNow().AddHours(-1), clock.GetUtcNow().AddHours(8), BookingType.Booking, "Screening"));
        return new DomainSilo(silo, clock, facilityId, microscopeId, bookingId);
    }

    public CreateSessionRequest Request(string name = "apo screening", string detector = "k3", CollectionParameters? collection = null, bool staff = false) =>
        new(BookingId, "alice", name, "lab-a", detector, collection, Processing: null, RequestedByStaff: staff);

    public async Task<ISessionGrain> NewSessionWithGridAsync(string? id = null)
    {
        var session = Grains.GetGrain<ISessionGrain>(id ?? $"s-{Guid.NewGuid():N}");
        await session.CreateAsync(Request());
        await session.AddGridAsync(new Grids.GridSetup(1, "apo_1", "R1.2/1.3", 300, Grids.MeshMaterial.Gold));
        return session;
    }

    /// <summary>Reads the session's event stream from the start, up to <paramref name="count"/> events.</summary>
    public async Task<List<SessionEvent>> EventsAsync(string sessionId, int count)
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var events = new List<SessionEvent>();
        await foreach (var item in Silo.Runtime.Streams.SubscribeAsync<SessionEvent>(new StreamId(SessionEvent.StreamNamespace, sessionId), 1, cancel.Token))
        {
            events.Add(item.Item);
            if (events.Count == count)
            {
                break;
            }
        }

        return events;
    }

    /// <summary>Writes a file into the session's blob prefix, as the agent's transfer track would.</summary>
    public async Task PutFileAsync(string sessionId, string relativePath, byte[] content)
    {
        var key = BlobKey.Parse(BlobSessionDataStore.PrefixFor(FacilityId, sessionId) + relativePath);
        var md5 = MD5.HashData(content);
        var blockId = BlockIds.For(0, md5);
        await Blobs.StageBlockAsync(key, blockId, content, md5, CancellationToken.None);
        await Blobs.CommitBlocksAsync(key, [blockId], new Dictionary<string, string>(), CancellationToken.None);
    }

    public ValueTask DisposeAsync() => Silo.DisposeAsync();
}
