using System.Collections.Concurrent;
using Platform.Blobs.Grants;

namespace Platform.Blobs.Azure;

/// <summary>Grant-holder authorization: asks the <see cref="IBlobSasSource"/> for a SAS per blob and appends it to each request.</summary>
public sealed class AzureSasAuthorizer(BlobGrant grant, IBlobSasSource source) : IAzureRequestAuthorizer
{
    // An upload makes many requests per blob and the agent uploads a few files at once: each SAS lives
    // as long as the grant, so it is reused. Bounded by clearing, which only costs fresh SAS requests.
    private const int MaxCachedTokens = 256;
    private const string ContainerEntry = "";
    private readonly ConcurrentDictionary<string, string> _tokens = new(StringComparer.Ordinal);

    public async ValueTask<string> GetQueryCredentialAsync(string? blobName, CancellationToken cancellationToken)
    {
        var entry = blobName is null ? ContainerEntry : "/" + blobName;
        if (_tokens.TryGetValue(entry, out var cached))
        {
            return cached;
        }

        var sas = await source.GetSasAsync(grant, blobName, cancellationToken).ConfigureAwait(false);
        if (_tokens.Count >= MaxCachedTokens)
        {
            _tokens.Clear();
        }

        _tokens[entry] = sas;
        return sas;
    }

    public void SignRequest(HttpRequestMessage request)
    {
    }
}
