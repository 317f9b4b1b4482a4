using Platform.Blobs.FileSystem;
using Platform.Blobs.Grants;
using Platform.Transfer.Grants;

namespace Platform.Transfer.Tests.Fixtures;

/// <summary>Upload grants onto the filesystem backend (the embedded default): a grant-scoped store over one root folder.</summary>
public sealed class FileSystemGrantSource(string rootPath, string prefix, TimeProvider clock) : IUploadGrantSource
{
    private readonly BlobGrantSigner _signer = new(System.Text.Encoding.ASCII.GetBytes("transfer-tests-grant-signing-key-0123456789"), clock);

    public FileSystemBlobStore Store { get; } = new(rootPath);

    public ValueTask<UploadGrant> GetGrantAsync(CancellationToken cancellationToken)
    {
        var grant = _signer.Issue(prefix, BlobPermissions.Read | BlobPermissions.Write, TimeSpan.FromHours(1));
        return ValueTask.FromResult(new UploadGrant(grant, new GrantScopedBlobStore(Store, grant, clock)));
    }
}
