using System.Text.Json;
using System.Text.Json.Serialization;

namespace Platform.EdgeAgent.Configuration;

/// <summary>
/// The agent's one configuration file (JSON, camelCase): platform URL and client credentials, SerialEM host/port, the shared data
/// and frames folders as the agent sees them and as SerialEM names them, and the local journal path.
/// </summary>
public sealed record AgentConfig
{
    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public required string PlatformUrl { get; init; }

    public required string ClientId { get; init; }

    public required string ClientSecret { get; init; }

    public string SerialEmHost { get; init; } = "127.0.0.1";

    public int SerialEmPort { get; init; } = 48888;

    /// <summary>Session folders (images, atlases) as the agent sees them.</summary>
    public required string DataFolder { get; init; }

    /// <summary>The same folder as SerialEM names it (e.g. <c>X:\sessions</c>); defaults to <see cref="DataFolder"/>.</summary>
    public string? SerialEmDataFolder { get; init; }

    /// <summary>Where SerialEM writes movie frames, as the agent sees it.</summary>
    public required string FramesFolder { get; init; }

    /// <summary>The frames folder as SerialEM names it; defaults to <see cref="FramesFolder"/>.</summary>
    public string? SerialEmFramesFolder { get; init; }

    public required string JournalPath { get; init; }

    /// <summary>The microscope this agent drives, as registered on the platform (its credentials are issued for it). Needed by <c>run</c>.</summary>
    public string? MicroscopeId { get; init; }

    /// <summary>The platform link's outbox and command position (SQLite); defaults to <c>link.db</c> beside the journal.</summary>
    public string? LinkDatabasePath { get; init; }

    /// <summary>Where each session's tracks keep their state (transfer queue, pre-processing outputs); defaults to <c>tracks/</c> beside the journal.</summary>
    public string? TracksFolder { get; init; }

    /// <summary>The folders the session tracks use, defaulted.</summary>
    public Tracks.TrackFolders TrackFolders =>
        new(FramesFolder, DataFolder, TracksFolder ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(JournalPath)) ?? ".", "tracks"));

    /// <summary>The link database path, defaulted.</summary>
    public string EffectiveLinkDatabasePath => LinkDatabasePath ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(JournalPath)) ?? ".", "link.db");

    /// <summary>Reads and validates a config file; <see cref="AgentConfigException"/> names the file and what is wrong.</summary>
    public static AgentConfig Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            throw new AgentConfigException(path, $"cannot be read: {ex.Message}");
        }

        AgentConfig? config;
        try
        {
            config = JsonSerializer.Deserialize<AgentConfig>(text, _json);
        }
        catch (JsonException ex)
        {
            throw new AgentConfigException(path, $"is not a valid agent configuration: {ex.Message}");
        }

        return (config ?? throw new AgentConfigException(path, "is empty")).Validated(path);
    }

    private AgentConfig Validated(string path)
    {
        if (!Uri.TryCreate(PlatformUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new AgentConfigException(path, $"platformUrl '{PlatformUrl}' is not an http(s) URL");
        }

        if (SerialEmPort is < 1 or > 65535)
        {
            throw new AgentConfigException(path, $"serialEmPort {SerialEmPort} is not a TCP port");
        }

        foreach (var (name, value) in new[] { ("clientId", ClientId), ("clientSecret", ClientSecret), ("serialEmHost", SerialEmHost), ("dataFolder", DataFolder),
                     ("framesFolder", FramesFolder), ("journalPath", JournalPath) })
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                throw new AgentConfigException(path, $"{name} is empty");
            }
        }

        return this;
    }
}
