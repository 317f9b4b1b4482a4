using Platform.Storage.Sqlite;

namespace Platform.Storage.Tests.Contract;

/// <summary>The storage contract on the embedded SQLite provider; each test has its own database file.</summary>
public sealed class SqliteStorageContractTests : StorageContractTests
{
    private readonly string _folder = Directory.CreateTempSubdirectory("platform-sqlite-").FullName;

    private string DatabasePath => Path.Combine(_folder, "storage.db");

    protected override async Task<IStorageProvider> OpenProviderAsync(string nodeId) =>
        await SqliteStorageProvider.OpenAsync(DatabasePath, nodeId, Clock, Token);

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}
