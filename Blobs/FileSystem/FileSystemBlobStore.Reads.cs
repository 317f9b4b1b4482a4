using Platform.Blobs.Errors;
using Platform.Blobs.Keys;
using Platform.Blobs.Store;

namespace Platform.Blobs.FileSystem;

/// <summary>Reading, listing and deleting by prefix.</summary>
public sealed partial class FileSystemBlobStore
{
    public Task<Stream> OpenReadAsync(BlobKey key, BlobRange? range, CancellationToken cancellationToken)
    {
        FileStream file;
        try
        {
            // Delete sharing: a reader must not stop retention from deleting the session.
            file = new FileStream(BlobPath(key), FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, CopyBufferBytes, useAsync: true);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException
            || (e is UnauthorizedAccessException && Directory.Exists(BlobPath(key))))
        {
            // A folder of longer keys is not a blob.
            throw new BlobNotFoundException(key.Value);
        }

        if (range is null)
        {
            return Task.FromResult<Stream>(file);
        }

        var length = file.Length;
        if (range.OffsetBytes >= length)
        {
            file.Dispose();
            throw new BlobRequestRejectedException($"Read of '{key}'", 416, "InvalidRange", $"offset {range.OffsetBytes} is not below the length {length}");
        }

        file.Position = range.OffsetBytes;
        return Task.FromResult<Stream>(new BoundedReadStream(file, Math.Min(range.LengthBytes, length - range.OffsetBytes)));
    }

    public Task<BlobPage> ListAsync(string prefix, int pageSize, string? continuationToken, CancellationToken cancellationToken)
    {
        BlobKey.ValidatePrefix(prefix);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        // The token is the last key of the previous page; keys are listed in ordinal order, as Azure does.
        var page = BlobsUnder(prefix)
            .Where(blob => continuationToken is null || string.CompareOrdinal(blob.Key, continuationToken) > 0)
            .OrderBy(blob => blob.Key, StringComparer.Ordinal)
            .Take(pageSize + 1)
            .ToList();
        var items = page.Take(pageSize).Select(blob => new BlobItem(BlobKey.Parse(blob.Key), blob.LengthBytes)).ToList();
        var next = page.Count > pageSize ? items[^1].Key.Value : null;
        return Task.FromResult(new BlobPage(items, next));
    }

    public async Task<int> DeleteByPrefixAsync(string prefix, CancellationToken cancellationToken)
    {
        BlobKey.ValidatePrefix(prefix);
        var deleted = 0;
        foreach (var blob in BlobsUnder(prefix).ToList())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (await DeleteAsync(BlobKey.Parse(blob.Key), cancellationToken).ConfigureAwait(false))
            {
                deleted++;
            }
        }

        RemoveEmptyFolders(_blobsRoot, prefix);
        RemoveEmptyFolders(_metaRoot, prefix);
        return deleted;
    }

    // Starts the walk at the deepest folder the prefix names, so listing one session never walks the others.
    // Lengths come from the enumeration itself, so a blob deleted meanwhile cannot fail the listing.
    private IEnumerable<(string Key, long LengthBytes)> BlobsUnder(string prefix)
    {
        var folderPart = prefix.Contains('/') ? prefix[..prefix.LastIndexOf('/')] : string.Empty;
        var start = new DirectoryInfo(folderPart.Length == 0 ? _blobsRoot : Path.Combine(_blobsRoot, folderPart.Replace('/', Path.DirectorySeparatorChar)));
        if (!start.Exists)
        {
            return [];
        }

        return start.EnumerateFiles("*", SearchOption.AllDirectories)
            .Select(file => (Key: Path.GetRelativePath(_blobsRoot, file.FullName).Replace(Path.DirectorySeparatorChar, '/'), LengthBytes: file.Length))
            .Where(blob => blob.Key.StartsWith(prefix, StringComparison.Ordinal));
    }

    private static void RemoveEmptyFolders(string root, string prefix)
    {
        if (!prefix.EndsWith('/'))
        {
            return;
        }

        var folder = Path.Combine(root, prefix.TrimEnd('/').Replace('/', Path.DirectorySeparatorChar));
        if (!Directory.Exists(folder))
        {
            return;
        }

        foreach (var sub in Directory.EnumerateDirectories(folder, "*", SearchOption.AllDirectories).OrderByDescending(d => d.Length).Append(folder))
        {
            if (!Directory.EnumerateFileSystemEntries(sub).Any())
            {
                Directory.Delete(sub);
            }
        }
    }
}
