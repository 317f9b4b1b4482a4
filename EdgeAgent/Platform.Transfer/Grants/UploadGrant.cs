using Platform.Blobs.Grants;
using Platform.Blobs.Store;

namespace Platform.Transfer.Grants;

/// <summary>
/// A write grant and the store to use it with: for Azure, <c>AzureBlobStore.ForGrant</c> (per-blob SAS from the
/// platform); for the filesystem, a <c>GrantScopedBlobStore</c> over the shared root. Either way the store
/// enforces the grant's prefix, permissions and expiry.
/// </summary>
/// <param name="Grant">The platform-signed grant (prefix, permissions, expiry).</param>
/// <param name="Store">The store, already scoped by <paramref name="Grant"/>.</param>
public sealed record UploadGrant(BlobGrant Grant, IBlobStore Store)
{
    /// <summary>The session's prefix (ends in '/'); a file's blob key is this plus its name in the queue.</summary>
    public string Prefix => Grant.Prefix;

    public DateTimeOffset ExpiresAt => Grant.ExpiresAt;

    /// <summary>True when the grant lets its holder read back what it wrote (used to spot-check uploads).</summary>
    public bool CanRead => Grant.Permissions.HasFlag(BlobPermissions.Read);
}
