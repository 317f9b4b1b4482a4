namespace Platform.Grains.SessionData;

/// <summary>
/// A session's files (movies, images, picks under <c>facility/session/…</c> in blob storage): the time-limited
/// grants agents upload with and users download with, the file list, and deletion at retention's end.
/// Implemented by the Silo over the configured blob store. Deletion is idempotent: a retried call deletes what
/// is left and succeeds, so a reminder delivered twice cannot fail or delete anything else.
/// </summary>
public interface ISessionDataStore
{
    /// <summary>A grant to read or to upload under the session's prefix only, expiring after the configured lifetime.</summary>
    Task<SessionDataGrant> IssueGrantAsync(string facilityId, string sessionId, SessionDataAccess access, CancellationToken cancellationToken);

    /// <summary>One page of the session's files, in path order, each with a time-limited download link.</summary>
    Task<SessionFilePage> ListFilesAsync(string facilityId, string sessionId, int pageSize, string? continuationToken, CancellationToken cancellationToken);

    /// <summary>
    /// Stores <paramref name="content"/> (read to its end, streamed in blocks) as the session file <paramref name="path"/> and
    /// returns its size. Files are written once: the same content again succeeds, different content at an existing path throws
    /// <see cref="Errors.AlreadyExistsException"/>.
    /// </summary>
    Task<long> WriteFileAsync(string facilityId, string sessionId, string path, Stream content, CancellationToken cancellationToken);

    /// <summary>Opens a session file for reading, or null when there is none.</summary>
    Task<Stream?> OpenFileAsync(string facilityId, string sessionId, string path, CancellationToken cancellationToken);

    /// <summary>One session file with a time-limited download link, or null when there is none.</summary>
    Task<SessionFile?> GetFileAsync(string facilityId, string sessionId, string path, CancellationToken cancellationToken);

    /// <summary>Deletes the session's files under the folder <paramref name="folder"/> (a path ending in '/'); returns how many.</summary>
    Task<int> DeleteFolderAsync(string facilityId, string sessionId, string folder, CancellationToken cancellationToken);

    /// <summary>Deletes every file of the session and returns how many were deleted by this call.</summary>
    Task<int> DeleteSessionDataAsync(string facilityId, string sessionId, CancellationToken cancellationToken);
}
