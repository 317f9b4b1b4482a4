namespace Platform.Blobs.Azure;

/// <summary>Makes a REST request acceptable to Azure Storage: a Shared Key signature or a SAS token.</summary>
public interface IAzureRequestAuthorizer
{
    /// <summary>Query-string credential for the blob (null: the container) to append to the URI, or "" when none is used.</summary>
    ValueTask<string> GetQueryCredentialAsync(string? blobName, CancellationToken cancellationToken);

    /// <summary>Adds an Authorization header when the scheme signs headers; called on every attempt, after all headers are set.</summary>
    void SignRequest(HttpRequestMessage request);
}
