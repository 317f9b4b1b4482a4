using Platform.Grains;
using Platform.Storage;
using Platform.Storage.Postgres;
using Platform.Storage.Sqlite;

namespace Platform.Silo.Hosting;

/// <summary>Opens the configured storage provider and creates its schema and the platform's index tables.</summary>
public static class StorageFactory
{
    public static async Task<IStorageProvider> OpenAsync(SiloOptions options, string nodeId, TimeProvider time, CancellationToken cancellationToken)
    {
        IStorageProvider provider = options.Storage.ToLowerInvariant() switch
        {
            "sqlite" => await SqliteStorageProvider.OpenAsync(EnsureFolder(options.SqlitePath), nodeId, time, cancellationToken),
            "postgres" => await PostgresStorageProvider.OpenAsync(
                options.PostgresConnectionString ?? throw new InvalidOperationException("Platform:PostgresConnectionString is required when Platform:Storage is 'postgres'."),
                nodeId,
                time,
                cancellationToken),
            var other => throw new InvalidOperationException($"Platform:Storage must be 'sqlite' or 'postgres', not '{other}'."),
        };
        await provider.InitializeAsync(PlatformIndexes.All, cancellationToken);
        return provider;
    }

    private static string EnsureFolder(string path)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        return full;
    }
}
