using Platform.Runtime.Indexing;
using Platform.Storage.Indexing;
using Platform.Storage.Sqlite;

namespace Platform.Storage.Tests.Contract;

/// <summary>The storage contract on the embedded SQLite provider; each test has its own database file.</summary>
public sealed class SqliteStorageContractTests : StorageContractTests
{
    private readonly string _folder = Directory.CreateTempSubdirectory("platform-sqlite-").FullName;

    private string DatabasePath => Path.Combine(_folder, "storage.db");

    protected override async Task<IStorageProvider> OpenProviderAsync(string nodeId) =>
        await SqliteStorageProvider.OpenAsync(DatabasePath, nodeId, Clock, Token);

    protected override string SortStep => "TEMP B-TREE";

    protected override Task<string> QueryPlanAsync(IndexTable table, IndexQuery query)
    {
        var sql = new IndexSqlBuilder(SqliteDialect.Instance).Select(table, query, out _);
        using var connection = SqliteConnection.Open(DatabasePath, TimeSpan.FromSeconds(5));
        using var explain = SqliteDialect.Bind(connection.PrepareTransient("EXPLAIN QUERY PLAN " + sql.Sql), sql.Arguments);
        var lines = new List<string>();
        while (explain.Step())
        {
            lines.Add(explain.GetString(3));
        }

        return Task.FromResult(string.Join('\n', lines));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}
