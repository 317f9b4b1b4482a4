using Platform.Blobs.Grants;

namespace Platform.Blobs.Azure;

/// <summary>Exchanges a grant for an Azure SAS token for one blob (or, for listing, the container); the platform answers it.</summary>
public interface IBlobSasSource
{
    /// <summary>A SAS query string (without '?') for <paramref name="blobName"/>, or a list-only container SAS when it is null.</summary>
    ValueTask<string> GetSasAsync(BlobGrant grant, string? blobName, CancellationToken cancellationToken);
}
