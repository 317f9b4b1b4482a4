using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Platform.Testing;

namespace Platform.EndToEnd.Tests.Support;

/// <summary>The platform's GraphQL endpoint over HTTP as a signed-in user: queries and mutations as JSON, subscriptions as SSE.</summary>
internal sealed class GraphQLClient(HttpClient http, string accessToken)
{
    /// <summary>Signs in as the demo facility admin with <paramref name="credentials"/> and returns a client carrying the bearer token.</summary>
    public static async Task<GraphQLClient> SignInAsync(HttpClient http, DemoCredentials credentials) =>
        new(http, await credentials.SignInAsync(http));

    /// <summary>Signs in with the password grant as any user and returns a client carrying the bearer token.</summary>
    public static async Task<GraphQLClient> SignInAsync(HttpClient http, string username, string password) =>
        new(http, await DemoCredentials.TokenAsync(http, new() { ["grant_type"] = "password", ["username"] = username, ["password"] = password }));

    /// <summary>Runs a query or mutation and returns <c>data</c>; any GraphQL error fails the test with its message.</summary>
    public async Task<JsonElement> DataAsync(string query, object? variables = null)
    {
        using var request = Request(query, variables, "application/graphql-response+json");
        using var response = await http.SendAsync(request, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var root = JsonDocument.Parse(body).RootElement;
        Assert.False(root.TryGetProperty("errors", out _), $"GraphQL errors: {body}");
        return root.GetProperty("data").Clone();
    }

    /// <summary>Runs a subscription over SSE and yields each <c>next</c> payload's <c>data</c> until cancelled or completed.</summary>
    public async IAsyncEnumerable<JsonElement> SubscribeAsync(string query, object? variables, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var request = Request(query, variables, "text/event-stream");
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(cancellationToken));
        var eventName = "";
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                eventName = line["event: ".Length..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal) && eventName == "next")
            {
                var root = JsonDocument.Parse(line["data: ".Length..]).RootElement;
                Assert.False(root.TryGetProperty("errors", out _), $"subscription error: {line}");
                yield return root.GetProperty("data").Clone();
            }
            else if (eventName == "complete")
            {
                yield break;
            }
        }
    }

    private HttpRequestMessage Request(string query, object? variables, string accept)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/graphql", UriKind.Relative))
        {
            Content = JsonContent.Create(new { query, variables }),
        };
        request.Headers.Accept.ParseAdd(accept);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return request;
    }
}
