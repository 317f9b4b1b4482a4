using System.Net.Http.Json;
using System.Text.Json;
using Platform.Blobs.Azure;
using Platform.Blobs.Errors;
using Platform.Blobs.Grants;

namespace Platform.AgentLink.Grants;

/// <summary>Per-blob Azure SAS tokens from the platform's <c>POST /blobs/sas</c> (the grant token and the blob's full key in, a SAS URL out).</summary>
public sealed class PlatformSasSource(HttpClient http, Uri platformUri) : IBlobSasSource
{
    public async ValueTask<string> GetSasAsync(BlobGrant grant, string? blobName, CancellationToken cancellationToken)
    {
        if (blobName is null)
        {
            throw new BlobAccessDeniedException("An upload grant cannot list: no container SAS is issued to agents.");
        }

        using var response = await http.PostAsJsonAsync(new Uri(platformUri, "blobs/sas"), new { token = BlobGrantToken.Encode(grant), blob = blobName }, cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        if ((int)response.StatusCode >= 500)
        {
            throw new BlobStoreUnavailableException("Get SAS", 1, new HttpRequestException($"{(int)response.StatusCode} {body}"));
        }

        if (!response.IsSuccessStatusCode)
        {
            throw new BlobAccessDeniedException($"The platform refused a SAS for '{blobName}' ({(int)response.StatusCode}): {body}");
        }

        var uri = new Uri(JsonDocument.Parse(body).RootElement.GetProperty("uri").GetString()!);
        return uri.Query.TrimStart('?');
    }
}
