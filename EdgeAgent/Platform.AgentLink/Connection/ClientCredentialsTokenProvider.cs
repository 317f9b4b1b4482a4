using System.Net;
using System.Text.Json;

namespace Platform.AgentLink.Connection;

/// <summary>
/// The agent's access tokens from the platform's <c>/connect/token</c> with its client id and secret (OAuth 2.0
/// client-credentials grant, RFC 6749 §4.4). A token is reused until a minute before it expires. A refused
/// credential (revoked, rotated, wrong) is a <see cref="PlatformRefusedException"/>; an unreachable platform a
/// <see cref="PlatformUnavailableException"/>, so the link retries later.
/// </summary>
public sealed class ClientCredentialsTokenProvider(Uri tokenEndpoint, string clientId, string clientSecret, HttpClient http, TimeProvider time) : IAccessTokenProvider, IDisposable
{
    private static readonly TimeSpan _renewBefore = TimeSpan.FromMinutes(1);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private string? _token;
    private DateTimeOffset _expiresAt;

    public async ValueTask<string?> GetAccessTokenAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_token is null || time.GetUtcNow() >= _expiresAt - _renewBefore)
            {
                (_token, _expiresAt) = await RequestAsync(cancellationToken).ConfigureAwait(false);
            }

            return _token;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private async Task<(string Token, DateTimeOffset ExpiresAt)> RequestAsync(CancellationToken cancellationToken)
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = clientSecret,
        });
        HttpResponseMessage response;
        string body;
        try
        {
            response = await http.PostAsync(tokenEndpoint, form, cancellationToken).ConfigureAwait(false);
            body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            throw new PlatformUnavailableException($"The token endpoint {tokenEndpoint} is unreachable: {ex.Message}", ex);
        }

        using (response)
        {
            if (response.StatusCode is HttpStatusCode.TooManyRequests || (int)response.StatusCode >= 500)
            {
                throw new PlatformUnavailableException($"The token endpoint answered {(int)response.StatusCode}.");
            }

            try
            {
                using var json = JsonDocument.Parse(body);
                var root = json.RootElement;
                if (!response.IsSuccessStatusCode)
                {
                    var error = root.TryGetProperty("error", out var e) ? e.GetString() ?? "error" : "error";
                    var description = root.TryGetProperty("error_description", out var d) ? d.GetString() : null;
                    throw new PlatformRefusedException(error, $"The platform refused the agent's credentials ({error}): {description}");
                }

                var token = root.GetProperty("access_token").GetString() ?? throw new JsonException("access_token is null");
                var lifetime = TimeSpan.FromSeconds(root.GetProperty("expires_in").GetInt32());
                return (token, time.GetUtcNow() + lifetime);
            }
            catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
            {
                throw new PlatformUnavailableException($"The token endpoint's answer is not an OAuth token response: {ex.Message}", ex);
            }
        }
    }
}
