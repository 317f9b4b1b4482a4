using System.Security.Cryptography;
using System.Text.Json;
using Platform.Blobs.Errors;
using Platform.Blobs.Keys;
using Platform.Blobs.Store;

namespace Platform.Blobs.FileSystem;

/// <summary>Staging blocks and committing them.</summary>
public sealed partial class FileSystemBlobStore
{
    private const string BlockSuffix = ".block";

    public async Task StageBlockAsync(BlobKey key, string blockId, ReadOnlyMemory<byte> content, ReadOnlyMemory<byte> contentMd5, CancellationToken cancellationToken)
    {
        RequireValidBlockId(key, blockId);
        var actualMd5 = MD5.HashData(content.Span);
        if (!actualMd5.AsSpan().SequenceEqual(contentMd5.Span))
        {
            throw new BlobChecksumMismatchException(key.Value, "block MD5", Convert.ToBase64String(contentMd5.Span), Convert.ToBase64String(actualMd5));
        }

        var directory = StagingDirectory(key);
        Directory.CreateDirectory(directory);
        var final = Path.Combine(directory, BlockFileName(blockId));
        // Written beside its final name and renamed, so a crash never leaves a half block that looks staged.
        var temporary = final + "." + Guid.NewGuid().ToString("N") + ".tmp";
        await File.WriteAllBytesAsync(temporary, content, cancellationToken).ConfigureAwait(false);
        File.Move(temporary, final, overwrite: true);
    }

    public Task<IReadOnlyList<StagedBlock>> GetUncommittedBlocksAsync(BlobKey key, CancellationToken cancellationToken)
    {
        var directory = new DirectoryInfo(StagingDirectory(key));
        if (!directory.Exists)
        {
            return Task.FromResult<IReadOnlyList<StagedBlock>>([]);
        }

        var blocks = directory.EnumerateFiles("*" + BlockSuffix)
            .Select(file => new StagedBlock(BlockIdFromFileName(file.Name), file.Length))
            .ToList();
        return Task.FromResult<IReadOnlyList<StagedBlock>>(blocks);
    }

    public async Task CommitBlocksAsync(BlobKey key, IReadOnlyList<string> blockIds, IReadOnlyDictionary<string, string> metadata, CancellationToken cancellationToken)
    {
        var target = BlobPath(key);
        if (NameIsTaken(target))
        {
            throw new BlobConflictException(key.Value, 409, "the blob already exists (or the name is taken by a folder of other blobs)");
        }

        var staging = StagingDirectory(key);
        var blockFiles = new List<string>(blockIds.Count);
        foreach (var blockId in blockIds)
        {
            RequireValidBlockId(key, blockId);
            var file = Path.Combine(staging, BlockFileName(blockId));
            if (!File.Exists(file))
            {
                throw new BlobRequestRejectedException($"Commit of '{key}'", 400, "InvalidBlockList", $"block {blockId} is not staged");
            }

            blockFiles.Add(file);
        }

        Directory.CreateDirectory(staging);
        var joined = Path.Combine(staging, "commit." + Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            await JoinAsync(blockFiles, joined, cancellationToken).ConfigureAwait(false);
            var metadataFile = await WriteMetadataAsync(staging, metadata, cancellationToken).ConfigureAwait(false);
            MoveIntoPlace(key, joined, target);
            // After the commit point, so a losing commit never touches the winner's metadata; a crash
            // between the two renames leaves a blob without metadata (reported as an unknown checksum).
            Directory.CreateDirectory(Path.GetDirectoryName(MetaPath(key))!);
            File.Move(metadataFile, MetaPath(key), overwrite: true);
        }
        finally
        {
            File.Delete(joined);
        }

        // Committing discards every staged block, as Azure does.
        Directory.Delete(staging, recursive: true);
    }

    private static async Task JoinAsync(List<string> blockFiles, string destination, CancellationToken cancellationToken)
    {
        var output = new FileStream(destination, FileMode.CreateNew, FileAccess.Write, FileShare.None, CopyBufferBytes, useAsync: true);
        await using (output.ConfigureAwait(false))
        {
            foreach (var file in blockFiles)
            {
                var input = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, CopyBufferBytes, useAsync: true);
                await using (input.ConfigureAwait(false))
                {
                    await input.CopyToAsync(output, CopyBufferBytes, cancellationToken).ConfigureAwait(false);
                }
            }

            await output.FlushAsync(cancellationToken).ConfigureAwait(false);
            output.Flush(flushToDisk: true);
        }
    }

    private static async Task<string> WriteMetadataAsync(string staging, IReadOnlyDictionary<string, string> metadata, CancellationToken cancellationToken)
    {
        var temporary = Path.Combine(staging, "meta." + Guid.NewGuid().ToString("N") + ".tmp");
        await File.WriteAllBytesAsync(temporary, JsonSerializer.SerializeToUtf8Bytes(metadata), cancellationToken).ConfigureAwait(false);
        return temporary;
    }

    private void MoveIntoPlace(BlobKey key, string joined, string target)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            // Not overwriting makes the rename the commit point: of two racing commits exactly one wins.
            File.Move(joined, target, overwrite: false);
        }
        catch (IOException e) when (NameIsTaken(target))
        {
            throw new BlobConflictException(key.Value, 409, $"the name is taken ({e.Message})");
        }
    }

    // Taken by a blob of the same name, by a folder of longer keys ("a" vs "a/b"), or by a blob where a
    // folder is needed ("a/b" vs "a").
    private bool NameIsTaken(string target)
    {
        if (File.Exists(target) || Directory.Exists(target))
        {
            return true;
        }

        for (var folder = Path.GetDirectoryName(target); folder is not null && folder.Length > _blobsRoot.Length; folder = Path.GetDirectoryName(folder))
        {
            if (File.Exists(folder))
            {
                return true;
            }
        }

        return false;
    }

    private static void RequireValidBlockId(BlobKey key, string blockId)
    {
        if (!BlockIds.IsValid(blockId))
        {
            throw new BlobRequestRejectedException($"Block of '{key}'", 400, "InvalidBlockId", $"'{blockId}' is not base64 of 1 to {BlockIds.MaxDecodedBytes} bytes");
        }
    }

    // Base64 may contain '/', so file names carry the id's bytes in hex.
    private static string BlockFileName(string blockId) =>
        Convert.ToHexStringLower(Convert.FromBase64String(blockId)) + BlockSuffix;

    private static string BlockIdFromFileName(string fileName) =>
        Convert.ToBase64String(Convert.FromHexString(fileName[..^BlockSuffix.Length]));
}
