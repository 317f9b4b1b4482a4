using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Platform.Blobs.Errors;
using Platform.Blobs.Grants;
using Platform.Blobs.Keys;
using Platform.Blobs.Store;

namespace Platform.Blobs.FileSystem;

/// <summary>
/// The embedded blob store: committed blobs are plain files under <c>ROOT/blobs/KEY</c>, their metadata
/// in <c>ROOT/meta/KEY.json</c>, and blocks are staged per blob under <c>ROOT/staging/</c> until a commit
/// joins them and renames the result into place.
/// </summary>
/// <remarks>
/// Unlike Azure's flat namespace, a key cannot be both a blob and a folder ("a" and "a/b");
/// committing the second fails with <see cref="Errors.BlobConflictException"/>.
/// </remarks>
public sealed partial class FileSystemBlobStore : IBlobStore
{
    private const int CopyBufferBytes = 1 << 20;
    private readonly string _blobsRoot;
    private readonly string _metaRoot;
    private readonly string _stagingRoot;

    public FileSystemBlobStore(string rootPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(rootPath);
        var root = Path.GetFullPath(rootPath);
        _blobsRoot = Path.Combine(root, "blobs");
        _metaRoot = Path.Combine(root, "meta");
        _stagingRoot = Path.Combine(root, "staging");
        Directory.CreateDirectory(_blobsRoot);
        Directory.CreateDirectory(_metaRoot);
        Directory.CreateDirectory(_stagingRoot);
    }

    /// <summary>This store as a grant holder sees it, after checking the platform's signature on <paramref name="grant"/>.</summary>
    public IBlobStore ForGrant(BlobGrant grant, BlobGrantSigner signer, TimeProvider timeProvider)
    {
        signer.Verify(grant);
        return new GrantScopedBlobStore(this, grant, timeProvider);
    }

    public Task<BlobProperties?> GetPropertiesAsync(BlobKey key, CancellationToken cancellationToken)
    {
        var file = new FileInfo(BlobPath(key));
        if (!file.Exists)
        {
            return Task.FromResult<BlobProperties?>(null);
        }

        return Task.FromResult<BlobProperties?>(new BlobProperties(file.Length, ReadMetadata(key)));
    }

    public Task<bool> DeleteAsync(BlobKey key, CancellationToken cancellationToken)
    {
        var existed = File.Exists(BlobPath(key));
        if (existed)
        {
            File.Delete(BlobPath(key));
        }

        if (File.Exists(MetaPath(key)))
        {
            File.Delete(MetaPath(key));
        }

        var staging = StagingDirectory(key);
        if (Directory.Exists(staging))
        {
            Directory.Delete(staging, recursive: true);
        }

        return Task.FromResult(existed);
    }

    private string BlobPath(BlobKey key) => UnderRoot(_blobsRoot, key.Value, key);

    private string MetaPath(BlobKey key) => UnderRoot(_metaRoot, key.Value + ".json", key);

    // Staged blocks live in a folder named for the key's hash, so staging never mirrors (or collides
    // with) the key's folder structure.
    private string StagingDirectory(BlobKey key) =>
        Path.Combine(_stagingRoot, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key.Value))));

    private static string UnderRoot(string root, string relative, BlobKey key)
    {
        var full = Path.GetFullPath(Path.Combine(root, relative.Replace('/', Path.DirectorySeparatorChar)));
        // BlobKey already refuses "..", absolute paths and backslashes; this is the last line of defence.
        if (!full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidBlobKeyException(key.Value, "resolves outside the store's root");
        }

        return full;
    }

    private Dictionary<string, string> ReadMetadata(BlobKey key)
    {
        var path = MetaPath(key);
        if (!File.Exists(path))
        {
            return [];
        }

        try
        {
            return JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllBytes(path)) ?? [];
        }
        catch (JsonException e)
        {
            throw new BlobStoreException($"The metadata of blob '{key}' ({path}) is corrupt.", e);
        }
    }
}
