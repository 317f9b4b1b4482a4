using System.Security.Cryptography;
using System.Text.Json;
using Platform.EndToEnd.Tests.Support;

namespace Platform.EndToEnd.Tests.Transfer;

/// <summary>
/// What a facility user sees of a session's stored files over GraphQL: the <c>Session.files</c> listing, a READ grant
/// from <c>requestSessionDataGrant</c> and downloads with it through <c>GET /files/{key}?token=</c>; and what the
/// agent's transfer track reported (its TRANSFER track status and the "Sent …" lines on the TRANSFER log panel).
/// </summary>
internal static class SessionFilesView
{
    /// <summary>Every file of the session (path relative to the session's folder → size and its own time-limited link), all pages.</summary>
    public static async Task<Dictionary<string, (long Size, string DownloadUrl)>> FilesAsync(ScreeningStack stack, string sessionId)
    {
        var files = new Dictionary<string, (long Size, string DownloadUrl)>(StringComparer.Ordinal);
        string? after = null;
        while (true)
        {
            var page = (await stack.GraphQL.DataAsync("""
                query ($id: ID!, $after: String) { node(id: $id) { ... on Session { files(first: 100, after: $after) {
                  nodes { path sizeBytes downloadUrl } pageInfo { hasNextPage endCursor } } } } }
                """, new { id = sessionId, after })).GetProperty("node").GetProperty("files");
            foreach (var file in page.GetProperty("nodes").EnumerateArray())
            {
                files.Add(file.GetProperty("path").GetString()!, ((long)file.GetProperty("sizeBytes").GetDouble(), file.GetProperty("downloadUrl").GetString()!));
            }

            if (!page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean())
            {
                return files;
            }

            after = page.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        }
    }

    /// <summary>A READ grant on the session's files: its prefix (<c>facility/session/</c>), token and backend.</summary>
    public static async Task<(string Prefix, string Token, string Backend)> ReadGrantAsync(ScreeningStack stack, string sessionId)
    {
        var payload = (await stack.GraphQL.DataAsync("""
            mutation ($id: ID!) { requestSessionDataGrant(input: { sessionId: $id, access: READ }) {
              grant { backend prefix token access } errors { __typename message } } }
            """, new { id = sessionId })).GetProperty("requestSessionDataGrant");
        Assert.Empty(payload.GetProperty("errors").EnumerateArray());
        var grant = payload.GetProperty("grant");
        Assert.Equal("READ", grant.GetProperty("access").GetString());
        return (grant.GetProperty("prefix").GetString()!, grant.GetProperty("token").GetString()!, grant.GetProperty("backend").GetString()!);
    }

    /// <summary>The SHA-256 (lower-case hex) of a file downloaded with the read grant (a redirect to a SAS URL on Azure is followed).</summary>
    public static Task<string> DownloadSha256Async(HttpClient http, string prefix, string token, string path) =>
        DownloadSha256Async(http, $"/files/{string.Join('/', (prefix + path).Split('/').Select(Uri.EscapeDataString))}?token={Uri.EscapeDataString(token)}");

    /// <summary>The SHA-256 (lower-case hex) of what <paramref name="url"/> (relative to the platform, or absolute) downloads.</summary>
    public static async Task<string> DownloadSha256Async(HttpClient http, string url)
    {
        using var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"GET {url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)}");
        await using var content = await response.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(content, TestContext.Current.CancellationToken));
    }

    /// <summary>The SHA-256 (lower-case hex) of a local file.</summary>
    public static string Sha256Of(string path)
    {
        using var file = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(file));
    }

    /// <summary>The TRANSFER track as GraphQL shows it: state and progress counters.</summary>
    public static async Task<JsonElement> TransferTrackAsync(ScreeningStack stack, string sessionId) =>
        (await stack.GraphQL.DataAsync("""
            query ($id: ID!) { node(id: $id) { ... on Session { tracks { kind state message progress { itemsDone itemsPending itemsFailed bytesDone } } } } }
            """, new { id = sessionId })).GetProperty("node").GetProperty("tracks").EnumerateArray().Single(t => t.GetProperty("kind").GetString() == "TRANSFER");

    /// <summary>
    /// Waits (bounded) until the TRANSFER track's reported progress satisfies <paramref name="done"/>. Its status reports are
    /// rate-limited on the agent and only state changes raise a session event, so this reads the track every half second.
    /// </summary>
    public static async Task<JsonElement> WaitForTransferProgressAsync(ScreeningStack stack, string sessionId, Func<JsonElement, bool> done, TimeSpan deadline)
    {
        var giveUp = DateTimeOffset.UtcNow + deadline;
        while (true)
        {
            var track = await TransferTrackAsync(stack, sessionId);
            if (done(track.GetProperty("progress")))
            {
                return track;
            }

            if (DateTimeOffset.UtcNow > giveUp)
            {
                throw new TimeoutException($"the TRANSFER track did not reach the expected progress within {deadline}: {track.GetRawText()}\n{stack.Logs()}");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500), TestContext.Current.CancellationToken);
        }
    }

    /// <summary>Whether an event is a TRANSFER-panel log line saying the file <paramref name="blobPath"/> was sent.</summary>
    public static bool IsSent(JsonElement e, string blobPath) =>
        IsTransferLog(e) && e.GetProperty("message").GetString()!.StartsWith($"Sent '{blobPath}':", StringComparison.Ordinal);

    /// <summary>The blob path of every TRANSFER-panel "Sent '&lt;path&gt;': …" line among <paramref name="events"/>, in order.</summary>
    public static List<string> SentPaths(IEnumerable<JsonElement> events) =>
    [
        .. events.Where(IsTransferLog).Select(e => e.GetProperty("message").GetString()!)
            .Where(m => m.StartsWith("Sent '", StringComparison.Ordinal)).Select(m => m["Sent '".Length..m.IndexOf("':", StringComparison.Ordinal)]),
    ];

    public static bool IsTransferLog(JsonElement e) =>
        e.GetProperty("kind").GetString() == "LOG" && e.GetProperty("panel").GetString() == "TRANSFER";
}
