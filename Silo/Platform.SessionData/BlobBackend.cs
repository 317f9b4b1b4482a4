using Platform.Blobs.Azure;
using Platform.Blobs.Grants;
using Platform.Blobs.Store;

namespace Platform.Silo.SessionData;

/// <summary>
/// The configured blob storage as the Silo uses it: the store, the key grants are signed with, and for Azure the
/// SAS issuer and container URL that let agents and users talk to storage directly.
/// </summary>
/// <param name="Kind"><c>filesystem</c> or <c>azure</c>.</param>
/// <param name="Store">Where the files are.</param>
/// <param name="Signer">Signs and verifies grants with the deployment's grant key.</param>
/// <param name="SasIssuer">Azure only: turns a grant into per-blob SAS URLs.</param>
/// <param name="ContainerUri">Azure only: the container's URL.</param>
/// <param name="UploadGrantLifetime">How long an agent's upload grant lasts.</param>
/// <param name="DownloadGrantLifetime">How long download links last.</param>
public sealed record BlobBackend(
    string Kind,
    IBlobStore Store,
    BlobGrantSigner Signer,
    AzureSasIssuer? SasIssuer,
    Uri? ContainerUri,
    TimeSpan UploadGrantLifetime,
    TimeSpan DownloadGrantLifetime)
{
    /// <summary>A filesystem backend rooted at <paramref name="root"/>, signing grants with <paramref name="grantKey"/> (random when null: grants then die with the process).</summary>
    public static BlobBackend FileSystem(string root, TimeProvider time, byte[]? grantKey = null, TimeSpan? uploadGrantLifetime = null, TimeSpan? downloadGrantLifetime = null) =>
        new("filesystem",
            new Platform.Blobs.FileSystem.FileSystemBlobStore(root),
            new BlobGrantSigner(grantKey ?? System.Security.Cryptography.RandomNumberGenerator.GetBytes(32), time),
            SasIssuer: null,
            ContainerUri: null,
            uploadGrantLifetime ?? TimeSpan.FromHours(1),
            downloadGrantLifetime ?? TimeSpan.FromHours(24));
}
