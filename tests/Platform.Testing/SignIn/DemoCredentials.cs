using System.Text.Json;
using Xunit;

namespace Platform.Testing;

/// <summary>
/// The demo Silo's credentials a test chooses (the demo facility admin's password, the demo agent's client secret): the
/// Silo arguments that set them and the one way tests sign in with them at <c>/connect/token</c>.
/// </summary>
public sealed record DemoCredentials(string AdminPassword, string AgentSecret)
{
    public const string AdminEmail = "admin@demo.local";

    public const string AgentClientId = "demo-krios-agent";

    /// <summary>The Silo command-line settings that make these the demo credentials.</summary>
    public IReadOnlyList<string> SiloArguments => [$"--Platform:DemoAdminPassword={AdminPassword}", $"--Platform:DemoAgentSecret={AgentSecret}"];

    /// <summary>Starts a demo Silo with these credentials (plus <paramref name="extraArguments"/>).</summary>
    public Task<SiloProcess> StartSiloAsync(params string[] extraArguments) => SiloProcess.StartAsync([.. SiloArguments, .. extraArguments]);

    /// <summary>An access token for the demo facility admin (password grant); <paramref name="http"/> has the Silo's base address.</summary>
    public Task<string> SignInAsync(HttpClient http) =>
        TokenAsync(http, new() { ["grant_type"] = "password", ["username"] = AdminEmail, ["password"] = AdminPassword });

    /// <summary>An access token for the demo microscope's agent (client credentials grant).</summary>
    public Task<string> SignInAsAgentAsync(HttpClient http) =>
        TokenAsync(http, new() { ["grant_type"] = "client_credentials", ["client_id"] = AgentClientId, ["client_secret"] = AgentSecret });

    /// <summary>Posts a token request and returns its access token; a refused sign-in fails the test with the Silo's answer.</summary>
    public static async Task<string> TokenAsync(HttpClient http, Dictionary<string, string> form)
    {
        ArgumentNullException.ThrowIfNull(http);
        using var content = new FormUrlEncodedContent(form);
        using var response = await http.PostAsync(new Uri("/connect/token", UriKind.Relative), content, TestContext.Current.CancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"sign-in ({form["grant_type"]}) failed: {(int)response.StatusCode} {body}");
        }

        return JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString()!;
    }
}
