using System.Diagnostics;

namespace Platform.Storage.Bench;

/// <summary>The PostgreSQL server to measure: the one given with --postgres, or a throwaway cluster from infra/postgres/start.sh.</summary>
internal sealed class BenchPostgres : IAsyncDisposable
{
    private readonly string? _clusterFolder;

    private BenchPostgres(string connectionString, string? clusterFolder)
    {
        ConnectionString = connectionString;
        _clusterFolder = clusterFolder;
    }

    public string ConnectionString { get; }

    public static async Task<BenchPostgres> StartAsync(BenchOptions options)
    {
        if (options.PostgresConnectionString is { } given)
        {
            return new BenchPostgres(given, null);
        }

        var folder = Path.Combine(options.Folder, "postgres");
        var output = await RunScriptAsync("start.sh", folder).ConfigureAwait(false);
        return new BenchPostgres(output.Trim(), folder);
    }

    public async ValueTask DisposeAsync()
    {
        if (_clusterFolder is not null)
        {
            await RunScriptAsync("stop.sh", _clusterFolder).ConfigureAwait(false);
        }
    }

    private static async Task<string> RunScriptAsync(string script, string folder)
    {
        var path = Path.Combine(RepositoryRoot(), "infra", "postgres", script);
        using var process = Process.Start(new ProcessStartInfo("bash", [path, folder]) { RedirectStandardOutput = true })
            ?? throw new InvalidOperationException($"Could not run {path}.");
        var output = await process.StandardOutput.ReadToEndAsync().ConfigureAwait(false);
        await process.WaitForExitAsync().ConfigureAwait(false);
        return process.ExitCode == 0 ? output : throw new InvalidOperationException($"{path} failed with exit code {process.ExitCode}.");
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "infra", "postgres", "start.sh")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Cannot find infra/postgres/start.sh above " + AppContext.BaseDirectory);
    }
}
