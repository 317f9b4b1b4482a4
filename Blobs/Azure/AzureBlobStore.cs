using System.Globalization;
using System.Net;
using System.Xml.Linq;
using Platform.Blobs.Errors;
using Platform.Blobs.Grants;
using Platform.Blobs.Store;

namespace Platform.Blobs.Azure;

/// <summary>
/// Azure Blob Storage (and Azurite) over its REST API: block blobs in one container, authorized by
/// Shared Key (platform) or per-blob SAS (grant holders), with bounded retries on transient failures.
/// </summary>
public sealed partial class AzureBlobStore : IBlobStore
{
    private readonly HttpClient _http;
    private readonly AzureBlobStoreOptions _options;
    private readonly IAzureRequestAuthorizer _authorizer;
    private readonly TimeProvider _timeProvider;

    public AzureBlobStore(HttpClient http, AzureBlobStoreOptions options, IAzureRequestAuthorizer authorizer, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxAttempts, 1, nameof(options.MaxAttempts));
        _http = http;
        _options = options;
        _authorizer = authorizer;
        _timeProvider = timeProvider;
    }

    /// <summary>The store as a grant holder (the agent) uses it: calls are checked against the grant, then sent with per-blob SAS tokens from <paramref name="sasSource"/>.</summary>
    public static IBlobStore ForGrant(HttpClient http, AzureBlobStoreOptions options, BlobGrant grant, IBlobSasSource sasSource, TimeProvider timeProvider) =>
        new GrantScopedBlobStore(new AzureBlobStore(http, options, new AzureSasAuthorizer(grant, sasSource), timeProvider), grant, timeProvider);

    /// <summary>Creates the container when it does not exist yet (platform side, at start-up).</summary>
    public async Task CreateContainerIfMissingAsync(CancellationToken cancellationToken)
    {
        using var response = await SendAsync("Create container", null, HttpMethod.Put, "restype=container", null, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode is not HttpStatusCode.Created and not HttpStatusCode.Conflict)
        {
            await ThrowForAsync(response, "Create container", _options.ContainerName).ConfigureAwait(false);
        }
    }

    // Every request goes through here: a fresh message per attempt (signed anew), retried with
    // exponential backoff and jitter on 5xx, 408, 429 and dropped connections.
    private async Task<HttpResponseMessage> SendAsync(
        string operation,
        string? blobName,
        HttpMethod method,
        string query,
        Action<HttpRequestMessage>? configure,
        CancellationToken cancellationToken,
        HttpCompletionOption completion = HttpCompletionOption.ResponseContentRead)
    {
        Exception? lastError = null;
        for (var attempt = 1; ; attempt++)
        {
            var credential = await _authorizer.GetQueryCredentialAsync(blobName, cancellationToken).ConfigureAwait(false);
            var queryText = string.Join('&', new[] { query, credential }.Where(part => part.Length > 0));
            using var request = new HttpRequestMessage(method, _options.ResourceUri(blobName) + (queryText.Length > 0 ? "?" + queryText : string.Empty));
            request.Headers.TryAddWithoutValidation("x-ms-version", AzureBlobStoreOptions.ApiVersion);
            request.Headers.TryAddWithoutValidation("x-ms-date", _timeProvider.GetUtcNow().ToString("R", CultureInfo.InvariantCulture));
            configure?.Invoke(request);
            _authorizer.SignRequest(request);
            try
            {
                var response = await _http.SendAsync(request, completion, cancellationToken).ConfigureAwait(false);
                if (!IsTransient(response.StatusCode))
                {
                    return response;
                }

                lastError = new HttpRequestException($"{(int)response.StatusCode} {response.ReasonPhrase}", null, response.StatusCode);
                response.Dispose();
            }
            catch (Exception e) when (e is HttpRequestException or IOException
                || (e is TaskCanceledException && !cancellationToken.IsCancellationRequested))
            {
                lastError = e;
            }

            if (attempt >= _options.MaxAttempts)
            {
                throw new BlobStoreUnavailableException(operation, attempt, lastError);
            }

            await Task.Delay(Backoff(attempt), _timeProvider, cancellationToken).ConfigureAwait(false);
        }
    }

    private static bool IsTransient(HttpStatusCode status) =>
        (int)status >= 500 || status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests;

    // "Equal jitter" (Brooker, "Exponential Backoff And Jitter", AWS Architecture Blog, 2015): half the
    // exponential cap fixed, half random. Clients retrying together spread out, and the fixed half
    // guarantees the retries span at least half the sum of the caps (the outage they can ride out).
    private TimeSpan Backoff(int attempt)
    {
        var cap = Math.Min(_options.MaxBackoff.TotalMilliseconds, _options.InitialBackoff.TotalMilliseconds * Math.Pow(2, attempt - 1));
        return TimeSpan.FromMilliseconds((cap / 2) + (Random.Shared.NextDouble() * cap / 2));
    }

    private static async Task ThrowForAsync(HttpResponseMessage response, string operation, string key)
    {
        var status = (int)response.StatusCode;
        var code = response.Headers.TryGetValues("x-ms-error-code", out var codes) ? codes.First() : "unknown";
        var body = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
        var message = TryReadErrorElement(body, "Message") ?? response.ReasonPhrase ?? string.Empty;
        throw status switch
        {
            403 => new BlobAccessDeniedException($"{operation} of '{key}' was refused by storage ({code}): {message}"),
            404 => new BlobNotFoundException(key),
            409 or 412 => new BlobConflictException(key, status, $"{code}: {message}"),
            400 when code == "Md5Mismatch" => new BlobChecksumMismatchException(
                key, "block MD5", TryReadErrorElement(body, "UserSpecifiedMd5") ?? "the sent MD5", TryReadErrorElement(body, "ServerCalculatedMd5") ?? "another"),
            _ => new BlobRequestRejectedException($"{operation} of '{key}'", status, code, message),
        };
    }

    private static string? TryReadErrorElement(string body, string name)
    {
        try
        {
            return body.Length == 0 ? null : XDocument.Parse(body).Root?.Element(name)?.Value;
        }
        catch (System.Xml.XmlException)
        {
            return null;
        }
    }
}
