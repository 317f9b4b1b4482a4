using System.Security.Cryptography;
using System.Text;

namespace Platform.Blobs.Azure;

/// <summary>
/// Full-access authorization with the account key (Shared Key scheme); the platform side only.
/// String-to-sign as documented in "Authorize with Shared Key" (learn.microsoft.com/rest/api/storageservices/authorize-with-shared-key), version 2015-02-21 and later.
/// </summary>
public sealed class AzureSharedKeyAuthorizer(string accountName, byte[] accountKey) : IAzureRequestAuthorizer
{
    private static readonly string[] _standardHeaders =
        ["If-Modified-Since", "If-Match", "If-None-Match", "If-Unmodified-Since", "Range"];

    public ValueTask<string> GetQueryCredentialAsync(string? blobName, CancellationToken cancellationToken) => ValueTask.FromResult(string.Empty);

    public void SignRequest(HttpRequestMessage request)
    {
        var signature = Convert.ToBase64String(HMACSHA256.HashData(accountKey, Encoding.UTF8.GetBytes(StringToSign(request))));
        request.Headers.TryAddWithoutValidation("Authorization", $"SharedKey {accountName}:{signature}");
    }

    internal string StringToSign(HttpRequestMessage request)
    {
        var content = request.Content?.Headers;
        var length = content?.ContentLength is > 0 ? content.ContentLength.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty;
        var builder = new StringBuilder()
            .Append(request.Method.Method).Append('\n')
            .Append(content is null ? string.Empty : string.Join(',', content.ContentEncoding)).Append('\n')
            .Append(content is null ? string.Empty : string.Join(',', content.ContentLanguage)).Append('\n')
            .Append(length).Append('\n')
            .Append(content?.ContentMD5 is { } md5 ? Convert.ToBase64String(md5) : string.Empty).Append('\n')
            .Append(content?.ContentType?.ToString() ?? string.Empty).Append('\n')
            .Append(string.Empty).Append('\n'); // Date: we send x-ms-date instead.
        foreach (var name in _standardHeaders)
        {
            builder.Append(request.Headers.TryGetValues(name, out var values) ? string.Join(',', values) : string.Empty).Append('\n');
        }

        foreach (var header in request.Headers
            .Where(h => h.Key.StartsWith("x-ms-", StringComparison.OrdinalIgnoreCase))
            .Select(h => (Name: h.Key.ToLowerInvariant(), Value: string.Join(',', h.Value).Trim()))
            .OrderBy(h => h.Name, StringComparer.Ordinal))
        {
            builder.Append(header.Name).Append(':').Append(header.Value).Append('\n');
        }

        var uri = request.RequestUri!;
        builder.Append('/').Append(accountName).Append(uri.AbsolutePath);
        foreach (var parameter in ParseQuery(uri.Query).OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            builder.Append('\n').Append(parameter.Key).Append(':').Append(string.Join(',', parameter.Value.Order(StringComparer.Ordinal)));
        }

        return builder.ToString();
    }

    private static Dictionary<string, List<string>> ParseQuery(string query)
    {
        var parameters = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var pair in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var separator = pair.IndexOf('=');
            var name = Uri.UnescapeDataString(separator < 0 ? pair : pair[..separator]).ToLowerInvariant();
            var value = separator < 0 ? string.Empty : Uri.UnescapeDataString(pair[(separator + 1)..]);
            if (!parameters.TryGetValue(name, out var values))
            {
                parameters[name] = values = [];
            }

            values.Add(value);
        }

        return parameters;
    }
}
