using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Platform.AgentLink.Tests.Support;

/// <summary>
/// GraphQL over HTTP against a running demo Silo, signed in as the demo facility admin (<see cref="DemoSilo"/>), or with
/// <paramref name="asAgent"/> as the demo microscope's agent (client credentials), as a hand-written agent would call it.
/// </summary>
public sealed class PlatformClient(Uri baseAddress, bool asAgent = false) : IDisposable
{
    public const string DemoSession = "demo-session";
    public const string DemoMicroscope = "demo-krios";

    private readonly HttpClient _http = new() { BaseAddress = baseAddress };
    private string? _accessToken;

    public Uri Endpoint => new(baseAddress, "/graphql");

    /// <summary>The whole response (data and errors).</summary>
    public async Task<JsonElement> PostAsync(string query, object? variables = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _accessToken ??= await SignInAsync());
        using var response = await _http.SendAsync(request, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>The data of a response that must have no errors.</summary>
    public async Task<JsonElement> DataAsync(string query, object? variables = null)
    {
        var response = await PostAsync(query, variables);
        Assert.False(response.TryGetProperty("errors", out var errors), errors.ToString());
        return response.GetProperty("data");
    }

    public async Task<JsonElement> TargetAsync(string sessionId, int gridPosition, string targetId) =>
        (await DataAsync(
            """
            query T($s: ID!, $g: Int!, $t: ID!) {
              gridTarget(sessionId: $s, gridPosition: $g, targetId: $t) { state message addedByUser found { targetId level score }
                acquisitions { relativePath defocusMicrons frames } images { kind relativePath } }
            }
            """,
            new { s = SessionId(sessionId), g = gridPosition, t = targetId })).GetProperty("gridTarget");

    /// <summary>The global id GraphQL takes for a session key.</summary>
    public static string SessionId(string sessionKey) => global::Platform.GraphQL.Relay.GlobalId.Encode("Session", sessionKey);

    public void Dispose() => _http.Dispose();

    private Task<string> SignInAsync() => asAgent ? DemoSilo.Credentials.SignInAsAgentAsync(_http) : DemoSilo.Credentials.SignInAsync(_http);
}
