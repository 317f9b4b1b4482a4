using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Platform.AgentLink.Connection;

/// <summary>
/// GraphQL over HTTP (POST, <c>application/graphql-response+json</c>) with the bearer token. Transport failures and 5xx
/// are <see cref="PlatformUnavailableException"/>; a response with errors and no data is <see cref="PlatformRefusedException"/>.
/// </summary>
public sealed class GraphQLHttpClient(HttpClient http, Uri endpoint, IAccessTokenProvider tokens, TimeSpan timeout)
{
    /// <summary>The code of a <see cref="PlatformRefusedException"/> for a request the platform refused as too large (HTTP 413).</summary>
    public const string RequestTooLarge = "REQUEST_TOO_LARGE";

    public async Task<JsonElement> ExecuteAsync(string query, JsonObject variables, CancellationToken cancellationToken)
    {
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint)
        {
            Content = new StringContent(new JsonObject { ["query"] = query, ["variables"] = variables }.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        if (await tokens.GetAccessTokenAsync(cancellationToken).ConfigureAwait(false) is { } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        string body;
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, timeoutSource.Token).ConfigureAwait(false);
            body = await response.Content.ReadAsStringAsync(timeoutSource.Token).ConfigureAwait(false);
        }
        catch (Exception error) when (error is HttpRequestException or IOException || (error is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new PlatformUnavailableException($"The platform at {endpoint} did not answer: {error.Message}", error);
        }

        using (response)
        {
            if ((int)response.StatusCode >= 500 || response.StatusCode is System.Net.HttpStatusCode.TooManyRequests or System.Net.HttpStatusCode.RequestTimeout)
            {
                throw new PlatformUnavailableException($"The platform answered {(int)response.StatusCode}.");
            }

            if (response.StatusCode is System.Net.HttpStatusCode.RequestEntityTooLarge)
            {
                throw new PlatformRefusedException(RequestTooLarge, $"The platform refused the request as too large (413): {body}");
            }

            JsonElement root;
            try
            {
                root = JsonDocument.Parse(body).RootElement.Clone();
            }
            catch (JsonException error)
            {
                throw new PlatformUnavailableException($"The platform answered {(int)response.StatusCode} with a body that is not JSON.", error);
            }

            if (root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object)
            {
                return data;
            }

            var first = root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0 ? errors[0] : default;
            var code = first.ValueKind == JsonValueKind.Object && first.TryGetProperty("extensions", out var ext) && ext.TryGetProperty("code", out var c) ? c.GetString() ?? "" : "";
            var message = first.ValueKind == JsonValueKind.Object && first.TryGetProperty("message", out var m) ? m.GetString() ?? "" : body;
            throw new PlatformRefusedException(code, $"The platform refused the request ({(int)response.StatusCode} {code}): {message}");
        }
    }
}
