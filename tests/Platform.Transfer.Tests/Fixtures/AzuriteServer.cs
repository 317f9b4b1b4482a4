using System.Diagnostics;
using System.Globalization;
using Platform.Blobs.Azure;
using Platform.Testing;

namespace Platform.Transfer.Tests.Fixtures;

/// <summary>An Azurite started and stopped by infra/azurite's scripts; shared by the run, or private to a class that restarts it.</summary>
public class AzuriteServer : IAsyncLifetime
{
    /// <summary>Azurite's documented development account and key.</summary>
    public const string AccountName = "devstoreaccount1";

    public static readonly byte[] AccountKey = Convert.FromBase64String(
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==");

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "platform-transfer-azurite-" + Guid.NewGuid().ToString("N"));

    public Uri AccountUri { get; private set; } = null!;

    public async ValueTask InitializeAsync() => AccountUri = new Uri(await RunScriptAsync("start.sh", _directory));

    public async ValueTask DisposeAsync()
    {
        await RunScriptAsync("stop.sh", _directory);
        Directory.Delete(_directory, recursive: true);
    }

    /// <summary>Stops Azurite; its data stays in its folder.</summary>
    public Task StopAsync() => RunScriptAsync("stop.sh", _directory);

    /// <summary>Starts it again on the same port with the same data.</summary>
    public Task StartAgainAsync() => RunScriptAsync("start.sh", _directory, AccountUri.Port.ToString(CultureInfo.InvariantCulture));

    /// <summary>A platform-side (Shared Key) store on a new container, created now.</summary>
    public async Task<AzureBlobStore> CreateContainerAsync(HttpClient http, string container, CancellationToken cancellationToken)
    {
        var store = new AzureBlobStore(http, Options(container), new AzureSharedKeyAuthorizer(AccountName, AccountKey), TimeProvider.System);
        await store.CreateContainerIfMissingAsync(cancellationToken);
        return store;
    }

    /// <summary>Options for <paramref name="container"/>, retrying long enough to ride out an Azurite restart.</summary>
    public AzureBlobStoreOptions Options(string container) => new(AccountUri, AccountName, container)
    {
        MaxAttempts = 20,
        InitialBackoff = TimeSpan.FromMilliseconds(200),
        MaxBackoff = TimeSpan.FromSeconds(4),
    };

    private static async Task<string> RunScriptAsync(string script, params string[] arguments)
    {
        var startInfo = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        startInfo.ArgumentList.Add(Path.Combine(RepositoryPaths.Root, "infra", "azurite", script));
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException($"could not run {script}");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return process.ExitCode == 0
            ? (await output).Trim()
            : throw new InvalidOperationException($"infra/azurite/{script} failed ({process.ExitCode}): {await errors}");
    }
}
