using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Platform.GraphQL.Tests.Transport;

/// <summary>GraphQL over HTTP on a real Kestrel: status codes, media types, auth hook, SDL, GraphiQL, SSE.</summary>
public sealed class HttpTransportTests(SampleHost host) : IClassFixture<SampleHost>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private Task<HttpResponseMessage> PostAsync(string body, string? accept = null, string? contentType = "application/json", string? bearer = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, host.Endpoint) { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = contentType is null ? null : MediaTypeHeaderValue.Parse(contentType);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        return host.Client.SendAsync(request, Token);
    }

    [Fact]
    public async Task A_mutation_over_get_is_405_with_an_allow_header()
    {
        var response = await host.Client.GetAsync(host.Endpoint + "?query=" + Uri.EscapeDataString("mutation { dontChange }"), Token);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("POST", response.Content.Headers.Allow.Single());
    }

    [Fact]
    public async Task Missing_or_unsupported_content_types_are_415()
    {
        var missing = await PostAsync("{\"query\":\"{ hello }\"}", contentType: null);
        var text = await PostAsync("{\"query\":\"{ hello }\"}", contentType: "text/plain");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, missing.StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, text.StatusCode);
    }

    [Fact]
    public async Task An_unacceptable_accept_header_is_406()
    {
        var response = await PostAsync("{\"query\":\"{ hello }\"}", accept: "application/xml");

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
    }

    [Fact]
    public async Task Validation_failures_are_400_for_graphql_response_json_and_200_for_json()
    {
        var modern = await PostAsync("{\"query\":\"{ nope }\"}", accept: "application/graphql-response+json");
        var legacy = await PostAsync("{\"query\":\"{ nope }\"}", accept: "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, modern.StatusCode);
        Assert.Equal("application/graphql-response+json", modern.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.OK, legacy.StatusCode);
        Assert.DoesNotContain("\"data\"", await modern.Content.ReadAsStringAsync(Token), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Field_errors_keep_status_200_and_partial_data()
    {
        var response = await PostAsync("{\"query\":\"{ hello fail }\"}", accept: "application/graphql-response+json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("{\"errors\":[{\"message\":\"Unexpected error", await response.Content.ReadAsStringAsync(Token), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bodies_over_the_limit_are_413()
    {
        var response = await PostAsync("{\"query\":\"{ hello }\",\"x\":\"" + new string('x', 20_000) + "\"}");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task The_auth_hook_turns_the_bearer_header_into_the_user_or_rejects_it()
    {
        var alice = await PostAsync("{\"query\":\"{ me }\"}", bearer: "alice");
        var rejected = await PostAsync("{\"query\":\"{ me }\"}", bearer: "forbidden");

        Assert.Equal("{\"data\":{\"me\":\"alice\"}}", await alice.Content.ReadAsStringAsync(Token));
        Assert.Equal(HttpStatusCode.Unauthorized, rejected.StatusCode);
    }

    [Fact]
    public async Task Sdl_and_graphiql_are_served_on_get()
    {
        var sdl = await host.Client.GetStringAsync(host.Endpoint + "?sdl", Token);
        var page = new HttpRequestMessage(HttpMethod.Get, host.Endpoint);
        page.Headers.Accept.ParseAdd("text/html");
        var html = await host.Client.SendAsync(page, Token);
        var script = await host.Client.GetAsync(host.Endpoint + "/ui/graphiql.min.js", Token);

        Assert.Contains("type Query {", sdl, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, html.StatusCode);
        Assert.Contains("/graphql/ui/graphiql.min.js", await html.Content.ReadAsStringAsync(Token), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.DoesNotContain("cdn", await html.Content.ReadAsStringAsync(Token), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_subscription_over_sse_streams_next_events_then_complete()
    {
        var response = await PostAsync("{\"query\":\"subscription { countdown(from: 1) }\"}", accept: "text/event-stream");

        Assert.Equal("text/event-stream", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(
            "event: next\ndata: {\"data\":{\"countdown\":1}}\n\nevent: next\ndata: {\"data\":{\"countdown\":0}}\n\nevent: complete\ndata:\n\n",
            await response.Content.ReadAsStringAsync(Token));
    }

    [Theory]
    [InlineData("{")]
    [InlineData("[]")]
    [InlineData("\"just a string\"")]
    [InlineData("{\"query\": 1}")]
    [InlineData("{\"query\": \"{ hello }\", \"variables\": \"x\"}")]
    [InlineData("{\"query\": \"{ hello }\", \"extensions\": []}")]
    [InlineData("{\"query\": \"{ hello }\", \"operationName\": false}")]
    [InlineData("{}")]
    public async Task Malformed_request_bodies_are_400_with_a_graphql_error(string body)
    {
        var response = await PostAsync(body, accept: "application/graphql-response+json");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("{\"errors\":[{\"message\":", await response.Content.ReadAsStringAsync(Token), StringComparison.Ordinal);
    }
}
