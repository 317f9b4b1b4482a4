using System.Text.Json;
using Platform.Storage.Sqlite;

namespace Platform.AgentLink.Tests.Support;

/// <summary>Reads a stopped Silo's database: the messages of one session's log events, in stream order.</summary>
public static class SessionLog
{
    public static async Task<List<string>> MessagesAsync(string databasePath, string sessionId)
    {
        await using var storage = await SqliteStorageProvider.OpenAsync(databasePath, "test-reader", TimeProvider.System, TestContext.Current.CancellationToken);
        var events = await storage.Streams.ReadAsync("session-events", sessionId, 1, 1_000_000, TestContext.Current.CancellationToken);
        return [.. events
            .Select(e => JsonDocument.Parse(e.Payload).RootElement)
            .Where(e => e.GetProperty("kind").GetString() == "Log")
            .Select(e => e.GetProperty("message").GetString()!)];
    }
}
