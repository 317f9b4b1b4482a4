using Platform.Blobs.Azure;
using Platform.Blobs.Grants;

namespace Platform.AgentLink.Grants;

/// <summary>The credential the Silo's filesystem blob endpoint takes: the signed grant itself, as <c>token=</c> in the query.</summary>
public sealed class GrantTokenCredential : IBlobSasSource
{
    public ValueTask<string> GetSasAsync(BlobGrant grant, string? blobName, CancellationToken cancellationToken) =>
        ValueTask.FromResult("token=" + Uri.EscapeDataString(BlobGrantToken.Encode(grant)));
}
