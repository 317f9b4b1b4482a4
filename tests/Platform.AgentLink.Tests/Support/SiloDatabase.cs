using System.Text.Json;
using Platform.Storage;
using Platform.Storage.Sqlite;

namespace Platform.AgentLink.Tests.Support;

/// <summary>Reads a stopped Silo's database: one session's log messages in stream order, a microscope's last agent heartbeat.</summary>
public static class SiloDatabase
{
    public static async Task<List<string>> LogMessagesAsync(string databasePath, string sessionId)
    {
        await using var storage = await SqliteStorageProvider.OpenAsync(databasePath, "test-reader", TimeProvider.System, TestContext.Current.CancellationToken);
        var events = await storage.Streams.ReadAsync("session-events", sessionId, 1, 1_000_000, TestContext.Current.CancellationToken);
        return [.. events
            .Select(e => JsonDocument.Parse(e.Payload).RootElement)
            .Where(e => e.GetProperty("kind").GetString() == "Log")
            .Select(e => e.GetProperty("message").GetString()!)];
    }

    public static async Task<DateTimeOffset?> AgentSeenAtAsync(string databasePath, string microscopeId)
    {
        await using var storage = await SqliteStorageProvider.OpenAsync(databasePath, "test-reader", TimeProvider.System, TestContext.Current.CancellationToken);
        var stored = await storage.Grains.ReadAsync(new GrainStateKey("microscope", microscopeId, "microscope"), TestContext.Current.CancellationToken);
        var seen = JsonDocument.Parse(stored!.Payload).RootElement.GetProperty("agentSeenAtUtc");
        return seen.ValueKind == JsonValueKind.Null ? null : seen.GetDateTimeOffset();
    }
}
