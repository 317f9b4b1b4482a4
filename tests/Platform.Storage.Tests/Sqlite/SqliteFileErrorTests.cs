using Platform.Storage.Sqlite;

namespace Platform.Storage.Tests.Sqlite;

/// <summary>Files that are not healthy SQLite databases fail with <see cref="SqliteException"/>, never a crash or a wrong answer.</summary>
public sealed class SqliteFileErrorTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("platform-sqlite-errors-").FullName;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_file_that_is_not_a_database_fails_with_a_typed_error()
    {
        var path = Path.Combine(_folder, "notes.db");
        await File.WriteAllTextAsync(path, new string('x', 8192), Token);

        var error = await Assert.ThrowsAsync<SqliteException>(() => SqliteStorageProvider.OpenAsync(path, "a", TimeProvider.System, Token));

        Assert.Equal(26, error.ResultCode & 0xff); // SQLITE_NOTADB
    }

    [Fact]
    public async Task A_path_inside_a_missing_folder_fails_with_a_typed_error()
    {
        var path = Path.Combine(_folder, "missing", "storage.db");

        var error = await Assert.ThrowsAsync<SqliteException>(() => SqliteStorageProvider.OpenAsync(path, "a", TimeProvider.System, Token));

        Assert.Equal(14, error.ResultCode & 0xff); // SQLITE_CANTOPEN
    }

    [Fact]
    public async Task A_truncated_database_fails_with_a_typed_error()
    {
        var path = Path.Combine(_folder, "truncated.db");
        await using (var storage = await SqliteStorageProvider.OpenAsync(path, "a", TimeProvider.System, Token))
        {
            for (var i = 0; i < 50; i++)
            {
                await storage.Grains.WriteAsync(new GrainStateWrite(new GrainStateKey("g", $"k{i}", "s"), new byte[2000], null, [], [], []), Token);
            }
        }

        await using (var file = new FileStream(path, FileMode.Open))
        {
            file.SetLength(file.Length / 3);
        }

        await Assert.ThrowsAsync<SqliteException>(async () =>
        {
            await using var reopened = await SqliteStorageProvider.OpenAsync(path, "a", TimeProvider.System, Token);
            for (var i = 0; i < 50; i++)
            {
                await reopened.Grains.ReadAsync(new GrainStateKey("g", $"k{i}", "s"), Token);
            }
        });
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
