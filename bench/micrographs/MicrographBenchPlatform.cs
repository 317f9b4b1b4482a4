using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.Grains;
using Platform.Grains.Bookings;
using Platform.Grains.Facilities;
using Platform.Grains.Micrographs;
using Platform.Grains.Microscopes;
using Platform.Grains.SessionData;
using Platform.Grains.Sessions;
using Platform.Runtime;
using Platform.Silo.Runtime;
using Platform.Silo.Runtime.Serialization;
using Platform.Silo.SessionData;
using Platform.Storage;

namespace Platform.Micrographs.Bench;

/// <summary>A grain runtime over one storage provider with one facility, microscope, booking and session, and N micrographs in that session.</summary>
public sealed class MicrographBenchPlatform : IAsyncDisposable
{
    public const string FacilityId = "bench";
    public const string SessionId = "bench-session";

    private readonly ServiceProvider _services;

    private MicrographBenchPlatform(ServiceProvider services)
    {
        _services = services;
    }

    public IServiceProvider Services => _services;

    public IGrainFactory Grains => _services.GetRequiredService<IGrainFactory>();

    /// <summary>Starts the platform on <paramref name="storage"/>; <paramref name="compositeIndexes"/> false declares the micrographs table without its composite indexes (the "before" figure).</summary>
    public static async Task<MicrographBenchPlatform> StartAsync(IStorageProvider storage, string blobFolder, bool compositeIndexes = true)
    {
        await storage.InitializeAsync([.. PlatformIndexes.All.Select(t => compositeIndexes || t.Name != MicrographIndex.Table ? t : t with { CompositeIndexes = [] })]);
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(storage);
        services.AddSingleton(BlobBackend.FileSystem(blobFolder, TimeProvider.System));
        services.AddSingleton<ISessionDataStore, BlobSessionDataStore>();
        services.AddGrainRuntime(new RuntimeOptions(), typeof(FacilityGrain).Assembly);
        var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<GrainRuntime>().StartAsync(CancellationToken.None);
        var platform = new MicrographBenchPlatform(provider);
        await platform.SeedSessionAsync();
        return platform;
    }

    /// <summary>
    /// Writes <paramref name="count"/> micrographs through the storage's grain-state write (the index writer: state and index row in
    /// one transaction, as the Micrograph grain writes them), <paramref name="parallel"/> writes in flight. Returns the seconds taken.
    /// </summary>
    public async Task<double> InsertMicrographsAsync(int count, int parallel)
    {
        var storage = _services.GetRequiredService<IStorageProvider>();
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, parallel).Select(async _ =>
        {
            for (var i = Interlocked.Increment(ref next); i < count; i = Interlocked.Increment(ref next))
            {
                var state = new MicrographState { SessionId = SessionId, FacilityId = FacilityId, Source = "agent", Result = Result(i), UpdatedAtUtc = DateTimeOffset.UtcNow };
                var key = MicrographKeys.For(SessionId, "agent", state.Result.Name);
                await storage.Grains.WriteAsync(new GrainStateWrite(
                    new GrainStateKey("micrograph", key, "micrograph"), JsonSerializer.SerializeToUtf8Bytes(state, GrainJson.Options), null, state.ToIndexRows(key), [], []));
            }
        }));
        return System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds;
    }

    public async ValueTask DisposeAsync()
    {
        await _services.GetRequiredService<GrainRuntime>().StopAsync(CancellationToken.None);
        await _services.DisposeAsync();
    }

    /// <summary>Deterministic, varied results: defocus 0.8–3.2 µm, CTF fit 2.5–8.5 Å, some unmeasured, 4 s apart.</summary>
    private static MicrographResult Result(int i)
    {
        var defocusU = 8_000.0 + (i * 7_919 % 24_000);
        return new MicrographResult
        {
            Name = $"mic_{i:D6}",
            GridPosition = 1 + (i % 12),
            AcquiredAtUtc = new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero).AddSeconds(4 * i),
            Frames = 40,
            DoseElectronsPerSquareAngstrom = 50,
            FilePath = $"grid_{1 + (i % 12)}/mic_{i:D6}.tif",
            DriftTotalAngstrom = 0.5 + (i * 31 % 200 / 20.0),
            DefocusUAngstrom = defocusU,
            DefocusVAngstrom = defocusU - (i % 9 * 60),
            AstigmatismAngleDegrees = i * 11 % 180,
            CtfFitResolutionAngstrom = i % 13 == 0 ? null : 2.5 + (i * 37 % 60 / 10.0),
            CtfScore = 0.05 + (i * 53 % 90 / 100.0),
            ParticleCount = i % 17 == 0 ? null : i * 23 % 400,
            IceThicknessNanometres = 20 + (i * 29 % 80),
        };
    }

    private async Task SeedSessionAsync()
    {
        var today = new DateTimeOffset(DateTime.UtcNow.Date, TimeSpan.Zero);
        await Grains.GetGrain<IFacilityGrain>(FacilityId).ConfigureAsync(new FacilitySettings("Bench facility", new RetentionPolicy(30, 7), new CollectionParameters()));
        await Grains.GetGrain<IMicroscopeGrain>("bench-krios").RegisterAsync(new MicroscopeRegistration(
            FacilityId, "Krios", "Titan Krios G4", [new Detector("k3", "K3", "Gatan K3", DetectorVendor.Gatan)], HasEnergyFilter: true));
        await Grains.GetGrain<IBookingGrain>("bench-booking").CreateAsync(new BookingRequest("bench-krios", "alice", "lab", today, today.AddDays(1), BookingType.Booking, "Bench"));
        await Grains.GetGrain<ISessionGrain>(SessionId).CreateAsync(new CreateSessionRequest("bench-booking", "alice", "micrographs", "lab", "k3", null, null, RequestedByStaff: false));
    }
}
