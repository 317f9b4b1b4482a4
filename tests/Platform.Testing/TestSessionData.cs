using Microsoft.Extensions.DependencyInjection;
using Platform.Grains.SessionData;
using Platform.Silo.SessionData;

namespace Platform.Testing;

/// <summary>Session files for test silos: a real filesystem blob store in a temporary folder (deleted with the service provider) and the Silo's session data store over it.</summary>
public static class TestSessionData
{
    public static IServiceCollection AddFileSystemSessionData(this IServiceCollection services, TimeProvider time)
    {
        var folder = new TemporaryFolder(Directory.CreateTempSubdirectory("test-blobs-").FullName);
        return services.AddSingleton(folder).AddSessionData(BlobBackend.FileSystem(folder.Path, time));
    }

    /// <summary>Session files in <paramref name="backend"/> (e.g. an Azurite container), or a temporary filesystem store when null, and the Silo's session data store over it.</summary>
    public static IServiceCollection AddSessionData(this IServiceCollection services, BlobBackend? backend, TimeProvider time) =>
        backend is null ? services.AddFileSystemSessionData(time) : services.AddSessionData(backend);

    /// <summary>Session files in <paramref name="backend"/> and the Silo's session data store over it.</summary>
    public static IServiceCollection AddSessionData(this IServiceCollection services, BlobBackend backend)
    {
        return services
            .AddSingleton(backend)
            .AddSingleton<ISessionDataStore, BlobSessionDataStore>()
            .AddSingleton<Platform.Grains.Exports.IStarExportWriter, Platform.Silo.SessionData.Exports.RelionStarExportWriter>();
    }

    /// <summary>A folder deleted when the container that owns it is disposed.</summary>
    public sealed class TemporaryFolder(string path) : IDisposable
    {
        public string Path { get; } = path;

        public void Dispose()
        {
            if (Directory.Exists(Path))
            {
                Directory.Delete(Path, recursive: true);
            }
        }
    }
}
