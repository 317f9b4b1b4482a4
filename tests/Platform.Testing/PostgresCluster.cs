using System.Diagnostics;
using Npgsql;

namespace Platform.Testing;

/// <summary>
/// A throwaway PostgreSQL cluster for a whole test assembly (use it as an xunit assembly fixture), started with infra/postgres/start.sh in a temp
/// folder and stopped afterwards. Tests isolate themselves with <see cref="CreateSchemaAsync"/>.
/// </summary>
public sealed class PostgresCluster : Xunit.IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "platform-storage-tests-" + Guid.NewGuid().ToString("N"));

    public string ConnectionString { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("infra/postgres/start.sh needs Linux.");
        }

        // The postgres user must be able to reach the folder; temp folders are private by default.
        Directory.CreateDirectory(_folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
            | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        var (exitCode, stdout, stderr) = await RunAsync("start.sh", _folder);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        if (exitCode != 0 || lines.Length != 1)
        {
            throw new InvalidOperationException($"infra/postgres/start.sh failed (exit {exitCode}); stdout: {stdout}\nstderr: {stderr}");
        }

        ConnectionString = lines[0].Trim();
    }

    /// <summary>Creates an empty schema and returns a connection string whose search path is that schema.</summary>
    public async Task<string> CreateSchemaAsync()
    {
        var schema = "t_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE SCHEMA {schema}", connection);
            await command.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(ConnectionString) { SearchPath = schema }.ConnectionString;
    }

    /// <summary>Runs one SQL statement as the superuser (e.g. pg_terminate_backend).</summary>
    public async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await RunAsync("stop.sh", _folder);
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Leftover files in /tmp are harmless; the cluster is already stopped.
        }
    }

    private static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(string script, string folder)
    {
        var start = new ProcessStartInfo("bash", [Path.Combine(RepositoryPaths.Root, "infra", "postgres", script), folder])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {script}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }
}
