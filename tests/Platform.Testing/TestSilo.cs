using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.Runtime;
using Platform.Silo.Runtime;
using Platform.Storage;
using Platform.Storage.Sqlite;

namespace Platform.Testing;

/// <summary>
/// One Silo node in process: a grain runtime over a real SQLite database (in a temporary folder
/// unless a path is given, so two nodes can share a file) and a manual or system clock.
/// </summary>
public sealed class TestSilo : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly string? _ownedFolder;

    private TestSilo(ServiceProvider services, IStorageProvider storage, TimeProvider time, string? ownedFolder)
    {
        _services = services;
        Storage = storage;
        Time = time;
        _ownedFolder = ownedFolder;
        Runtime = services.GetRequiredService<GrainRuntime>();
    }

    public GrainRuntime Runtime { get; }

    public IGrainFactory Grains => Runtime;

    public IStorageProvider Storage { get; }

    public TimeProvider Time { get; }

    public IServiceProvider Services => _services;

    public static async Task<TestSilo> StartAsync(
        Assembly grainAssembly,
        TimeProvider? time = null,
        string? databasePath = null,
        string nodeId = "node-a",
        RuntimeOptions? options = null,
        Action<IServiceCollection>? configure = null,
        IReadOnlyList<Platform.Runtime.Indexing.IndexTable>? indexTables = null)
    {
        time ??= TimeProvider.System;
        string? folder = null;
        if (databasePath is null)
        {
            folder = Directory.CreateTempSubdirectory("platform-test-").FullName;
            databasePath = Path.Combine(folder, "platform.db");
        }

        var storage = await SqliteStorageProvider.OpenAsync(databasePath, nodeId, time);
        await storage.InitializeAsync(indexTables ?? []);
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton(time);
        services.AddSingleton<IStorageProvider>(storage);
        services.AddGrainRuntime(options ?? new RuntimeOptions(), grainAssembly);
        configure?.Invoke(services);
        var provider = services.BuildServiceProvider();
        var silo = new TestSilo(provider, storage, time, folder);
        await silo.Runtime.StartAsync(CancellationToken.None);
        return silo;
    }

    public async ValueTask DisposeAsync()
    {
        await Runtime.StopAsync(CancellationToken.None);
        await _services.DisposeAsync();
        await Storage.DisposeAsync();
        if (_ownedFolder is not null)
        {
            Directory.Delete(_ownedFolder, recursive: true);
        }
    }
}
