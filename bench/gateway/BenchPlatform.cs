using Platform.Grains.SessionData;
using Platform.Silo.SessionData;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.Grains;
using Platform.Grains.Bookings;
using Platform.Grains.Facilities;
using Platform.Grains.Grids;
using Platform.Grains.Microscopes;
using Platform.Grains.Sessions;
using Platform.Runtime;
using Platform.Silo.Runtime;
using Platform.Storage;
using Platform.Storage.Bench;
using Platform.Storage.Postgres;
using Platform.Storage.Sqlite;

namespace Platform.Gateway.Bench;

/// <summary>
/// A grain runtime over SQLite in a temp folder (or, with <c>GATEWAY_BENCH_STORAGE=postgres</c>, a throwaway PostgreSQL
/// cluster from infra/postgres/start.sh), seeded with one facility and N ended sessions of two grids each.
/// </summary>
public sealed class BenchPlatform : IAsyncDisposable
{
    public const string FacilityId = "bench";

    private readonly ServiceProvider _services;
    private readonly IStorageProvider _storage;
    private readonly BenchPostgres? _postgres;
    private readonly string _folder;

    private BenchPlatform(ServiceProvider services, IStorageProvider storage, BenchPostgres? postgres, string folder)
    {
        _services = services;
        _storage = storage;
        _postgres = postgres;
        _folder = folder;
    }

    /// <summary>"SQLite" or "PostgreSQL": the storage the figures were measured on.</summary>
    public string StorageName => _postgres is null ? "SQLite" : "PostgreSQL";

    public IServiceProvider Services => _services;

    public IGrainFactory Grains => _services.GetRequiredService<IGrainFactory>();

    public static async Task<BenchPlatform> StartAsync(int sessions)
    {
        var folder = Directory.CreateTempSubdirectory("platform-gateway-bench-").FullName;
        BenchPostgres? postgres = null;
        IStorageProvider storage;
        if (Environment.GetEnvironmentVariable("GATEWAY_BENCH_STORAGE") is "postgres")
        {
            // PostgreSQL runs as its own user: its cluster needs a parent folder it can enter (the temp folder above is 0700).
            var clusterParent = PostgresParent();
            Directory.CreateDirectory(clusterParent);
            postgres = await BenchPostgres.StartAsync(new BenchOptions(TimeSpan.Zero, Environment.GetEnvironmentVariable("PLATFORM_BENCH_POSTGRES"), clusterParent));
            var opened = await PostgresStorageProvider.OpenAsync(postgres.ConnectionString, "bench", TimeProvider.System);
            await opened.InitializeAsync(PlatformIndexes.All);
            storage = opened;
        }
        else
        {
            var opened = await SqliteStorageProvider.OpenAsync(Path.Combine(folder, "platform.db"), "bench", TimeProvider.System);
            await opened.InitializeAsync(PlatformIndexes.All);
            storage = opened;
        }

        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(storage);
        services.AddSingleton(BlobBackend.FileSystem(Path.Combine(folder, "blobs"), TimeProvider.System));
        services.AddSingleton<ISessionDataStore, BlobSessionDataStore>();
        services.AddGrainRuntime(new RuntimeOptions(), typeof(FacilityGrain).Assembly);
        var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<GrainRuntime>().StartAsync(CancellationToken.None);
        var platform = new BenchPlatform(provider, storage, postgres, folder);
        await platform.SeedAsync(sessions);
        return platform;
    }

    public async ValueTask DisposeAsync()
    {
        await _services.GetRequiredService<GrainRuntime>().StopAsync(CancellationToken.None);
        await _services.DisposeAsync();
        await _storage.DisposeAsync();
        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
            Directory.Delete(PostgresParent(), recursive: true);
        }

        Directory.Delete(_folder, recursive: true);
    }

    private static string PostgresParent() => Path.Combine(Path.GetTempPath(), $"platform-gateway-bench-postgres-{Environment.ProcessId}");

    private async Task SeedAsync(int sessions)
    {
        var today = new DateTimeOffset(DateTime.UtcNow.Date, TimeSpan.Zero);
        await Grains.GetGrain<IFacilityGrain>(FacilityId).ConfigureAsync(new FacilitySettings("Bench facility", new RetentionPolicy(30, 7), new CollectionParameters()));
        await Grains.GetGrain<IMicroscopeGrain>("bench-krios").RegisterAsync(new MicroscopeRegistration(
            FacilityId, "Krios", "Titan Krios G4", [new Detector("k3", "K3", "Gatan K3", DetectorVendor.Gatan)], HasEnergyFilter: true));
        await Grains.GetGrain<IBookingGrain>("bench-booking").CreateAsync(new BookingRequest("bench-krios", "alice", "lab", today, today.AddDays(1), BookingType.Booking, "Bench"));
        for (var i = 0; i < sessions; i++)
        {
            var session = Grains.GetGrain<ISessionGrain>($"bench-{i:00}");
            await session.CreateAsync(new CreateSessionRequest("bench-booking", "alice", $"screen_{i:00}", "lab", "k3", null, null, RequestedByStaff: false));
            await session.AddGridAsync(new GridSetup(1, $"grid{i:00}_1", "R1.2/1.3", 300, MeshMaterial.Gold));
            await session.AddGridAsync(new GridSetup(2, null, "R2/1", 300, MeshMaterial.Carbon));
            await session.EndAsync();
        }
    }
}
