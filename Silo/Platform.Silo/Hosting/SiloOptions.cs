namespace Platform.Silo.Hosting;

/// <summary>The Silo's configuration (section <c>Platform</c>; e.g. <c>--Platform:Storage=postgres</c>).</summary>
public sealed record SiloOptions
{
    /// <summary><c>sqlite</c> (embedded default) or <c>postgres</c>.</summary>
    public string Storage { get; init; } = "sqlite";

    /// <summary>SQLite database file, relative to the working directory.</summary>
    public string SqlitePath { get; init; } = ".data/platform.db";

    /// <summary>Npgsql connection string, required when <see cref="Storage"/> is <c>postgres</c>.</summary>
    public string? PostgresConnectionString { get; init; }

    /// <summary>This node's id; defaults to host name and process id, unique per process.</summary>
    public string? NodeId { get; init; }

    /// <summary>Seed the demo facility, microscope, booking and session at start-up (idempotent).</summary>
    public bool Demo { get; init; }

    /// <summary>Where session files live.</summary>
    public BlobOptions Blobs { get; init; } = new();

    /// <summary><c>simple</c> (one line per entry) or <c>json</c> (structured, for log shippers).</summary>
    public string LogFormat { get; init; } = "simple";
}
