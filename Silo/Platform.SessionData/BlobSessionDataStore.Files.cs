using Platform.Blobs.Errors;
using Platform.Blobs.Keys;
using Platform.Blobs.Upload;
using Platform.Grains.Errors;
using Platform.Grains.SessionData;

namespace Platform.Silo.SessionData;

/// <summary>Single files the platform itself writes and reads under a session's prefix (class averages, STAR exports, picks).</summary>
public sealed partial class BlobSessionDataStore
{
    private static readonly BlockUploadOptions _uploads = new() { BlockSizeBytes = 4 << 20, Parallelism = 2 };

    public async Task<long> WriteFileAsync(string facilityId, string sessionId, string path, Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var key = KeyOf(facilityId, sessionId, path);
        try
        {
            var result = await new BlockUploader(backend.Store, _uploads).UploadAsync(content, key, cancellationToken).ConfigureAwait(false);
            return result.LengthBytes;
        }
        catch (BlobAlreadyExistsException)
        {
            throw new AlreadyExistsException("Session file", path);
        }
    }

    public async Task<Stream?> OpenFileAsync(string facilityId, string sessionId, string path, CancellationToken cancellationToken)
    {
        var key = KeyOf(facilityId, sessionId, path);
        try
        {
            return await backend.Store.OpenReadAsync(key, null, cancellationToken).ConfigureAwait(false);
        }
        catch (BlobNotFoundException)
        {
            return null;
        }
    }

    public async Task<SessionFile?> GetFileAsync(string facilityId, string sessionId, string path, CancellationToken cancellationToken)
    {
        var key = KeyOf(facilityId, sessionId, path);
        if (await backend.Store.GetPropertiesAsync(key, cancellationToken).ConfigureAwait(false) is not { } properties)
        {
            return null;
        }

        var grant = Issue(facilityId, sessionId, SessionDataAccess.Read);
        return new SessionFile(path, properties.LengthBytes, await DownloadUrlAsync(grant, key, cancellationToken).ConfigureAwait(false), grant.ExpiresAt);
    }

    public Task<int> DeleteFolderAsync(string facilityId, string sessionId, string folder, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(folder) || !folder.EndsWith('/'))
        {
            throw new InvalidInputException([new FieldError("folder", "must be a path ending in '/'")]);
        }

        return backend.Store.DeleteByPrefixAsync(BlobKey.ValidatePrefix(PrefixFor(facilityId, sessionId) + folder), cancellationToken);
    }

    private static BlobKey KeyOf(string facilityId, string sessionId, string path)
    {
        try
        {
            return BlobKey.Parse(PrefixFor(facilityId, sessionId) + path);
        }
        catch (InvalidBlobKeyException bad)
        {
            throw new InvalidInputException([new FieldError("path", bad.Message)]);
        }
    }
}
