using Platform.AgentLink.Connection;

namespace Platform.AgentLink.Tests.Support;

/// <summary>Agent links for tests: a private link database, short retry delays.</summary>
public static class Links
{
    private static readonly HttpClient _tokenHttp = new();

    /// <summary>A link that signs in as the demo agent (client credentials of <see cref="DemoSilo"/>) at the endpoint's token service.</summary>
    public static GraphQLPlatformLink Start(Uri endpoint, string databasePath, string microscopeId = PlatformClient.DemoMicroscope) =>
        GraphQLPlatformLink.Start(
            Options(endpoint, databasePath, microscopeId),
            new ClientCredentialsTokenProvider(new Uri(endpoint, "/connect/token"), DemoSilo.AgentClientId, DemoSilo.AgentSecret, _tokenHttp, TimeProvider.System));

    public static PlatformLinkOptions Options(Uri endpoint, string databasePath, string microscopeId = PlatformClient.DemoMicroscope) => new()
    {
        GraphQLEndpoint = endpoint,
        MicroscopeId = microscopeId,
        DatabasePath = databasePath,
        MaxBatchSize = 25,
        RetryInitialDelay = TimeSpan.FromMilliseconds(50),
        RetryMaxDelay = TimeSpan.FromSeconds(1),
        PingInterval = TimeSpan.FromSeconds(2),
    };

    public static string NewDatabasePath() => Path.Combine(Directory.CreateTempSubdirectory("agent-link-").FullName, "link.db");

    /// <summary>Waits for the link to deliver everything, failing with a message after a minute.</summary>
    public static async Task DeliveredAsync(GraphQLPlatformLink link) =>
        await link.WhenDeliveredAsync(TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);
}
