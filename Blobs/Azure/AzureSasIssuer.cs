using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Platform.Blobs.Grants;
using Platform.Blobs.Keys;

namespace Platform.Blobs.Azure;

/// <summary>
/// The platform's SAS issuer: verifies a grant, then signs a service SAS that Azure itself limits to one blob
/// (per-blob SAS), with the grant's permissions and expiry. Listing gets a list-only container SAS, because
/// Azure has no prefix-scoped SAS on flat-namespace accounts (directory SAS needs hierarchical namespace).
/// String-to-sign: "Create a service SAS" (learn.microsoft.com/rest/api/storageservices/create-service-sas), version 2020-12-06 and later.
/// </summary>
public sealed class AzureSasIssuer(AzureBlobStoreOptions options, byte[] accountKey, BlobGrantSigner signer, TimeProvider timeProvider) : IBlobSasSource
{
    public ValueTask<string> GetSasAsync(BlobGrant grant, string? blobName, CancellationToken cancellationToken)
    {
        signer.Verify(grant);
        if (blobName is null)
        {
            grant.EnsureAllowsPrefix(grant.Prefix, BlobPermissions.List, timeProvider.GetUtcNow());
            return ValueTask.FromResult(Sign("l", "c", null, grant.ExpiresAt));
        }

        var key = BlobKey.Parse(blobName);
        grant.EnsureAllowsAny(key, BlobPermissions.Read | BlobPermissions.Write | BlobPermissions.Delete, timeProvider.GetUtcNow());
        return ValueTask.FromResult(Sign(BlobSasPermissions(grant.Permissions), "b", blobName, grant.ExpiresAt));
    }

    /// <summary>A full URI (blob URL plus SAS) a browser or curl can use directly, e.g. to download one file.</summary>
    public async ValueTask<Uri> GetBlobSasUriAsync(BlobGrant grant, BlobKey key, CancellationToken cancellationToken)
    {
        var sas = await GetSasAsync(grant, key.Value, cancellationToken).ConfigureAwait(false);
        return new Uri(options.ResourceUri(key.Value) + "?" + sas);
    }

    // Write includes read on that one blob: an uploader must read its staged-block list to resume and
    // the committed properties to verify; Azure's "c"/"w" alone allow neither.
    private static string BlobSasPermissions(BlobPermissions permissions)
    {
        var text = new StringBuilder();
        if ((permissions & (BlobPermissions.Read | BlobPermissions.Write)) != 0)
        {
            text.Append('r');
        }

        if (permissions.HasFlag(BlobPermissions.Write))
        {
            text.Append("cw");
        }

        if (permissions.HasFlag(BlobPermissions.Delete))
        {
            text.Append('d');
        }

        return text.ToString();
    }

    private string Sign(string permissions, string resource, string? blobName, DateTimeOffset expiresAt)
    {
        // Whole seconds, rounded down so the SAS never outlives the grant.
        var expiry = expiresAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        var protocol = options.AccountUri.Scheme == Uri.UriSchemeHttps ? "https" : "https,http";
        var canonical = $"/blob/{options.AccountName}/{options.ContainerName}" + (blobName is null ? string.Empty : "/" + blobName);
        string[] fields =
        [
            permissions, string.Empty, expiry, canonical, string.Empty, string.Empty, protocol,
            AzureBlobStoreOptions.ApiVersion, resource, string.Empty, string.Empty,
            string.Empty, string.Empty, string.Empty, string.Empty, string.Empty,
        ];
        var signature = Convert.ToBase64String(HMACSHA256.HashData(accountKey, Encoding.UTF8.GetBytes(string.Join('\n', fields))));
        return $"sv={AzureBlobStoreOptions.ApiVersion}&spr={Uri.EscapeDataString(protocol)}&se={Uri.EscapeDataString(expiry)}"
            + $"&sr={resource}&sp={permissions}&sig={Uri.EscapeDataString(signature)}";
    }
}
