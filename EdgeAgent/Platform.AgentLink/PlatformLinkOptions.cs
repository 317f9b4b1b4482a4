namespace Platform.AgentLink;

/// <summary>Where the platform is, which microscope this agent serves, where its link database lives, and the link's timing.</summary>
public sealed record PlatformLinkOptions
{
    /// <summary>The platform's GraphQL endpoint, e.g. <c>https://platform.example/graphql</c> (WebSocket URL derived from it).</summary>
    public required Uri GraphQLEndpoint { get; init; }

    public required string MicroscopeId { get; init; }

    /// <summary>The link's SQLite file (outbox and command position).</summary>
    public required string DatabasePath { get; init; }

    /// <summary>Most reports per submitAgentReports call (the platform accepts up to 500).</summary>
    public int MaxBatchSize { get; init; } = 100;

    /// <summary>
    /// Most bytes of report bodies per call, well under the Gateway's 1 MB request limit (a class-averages report carries its
    /// PNGs, ~110 KB): a batch is cut at this size, and a single larger report is sent alone.
    /// </summary>
    public int MaxBatchBytes { get; init; } = 400_000;

    public TimeSpan RetryInitialDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    public TimeSpan RetryMaxDelay { get; init; } = TimeSpan.FromSeconds(30);

    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    public TimeSpan HeartbeatInterval { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The command connection pings this often; no pong within the same time drops and reopens it.</summary>
    public TimeSpan PingInterval { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Caps the link database's pages (null: only the disk limits it).</summary>
    public long? MaxDatabasePages { get; init; }
}
