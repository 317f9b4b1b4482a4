namespace Platform.Grains.Sessions;

/// <summary>
/// The files a session produced (movies, images, picks under <c>facility/session/…</c> in blob storage), as the
/// Session grain needs them: deleted when retention ends or the session is deleted. Implemented by the Silo
/// over the configured blob store. Deletion must be idempotent: a retried call deletes what is left and
/// succeeds, so a reminder delivered twice cannot fail or delete anything else.
/// </summary>
public interface ISessionDataStore
{
    /// <summary>Deletes every file of the session and returns how many were deleted by this call.</summary>
    Task<int> DeleteSessionDataAsync(string facilityId, string sessionId, CancellationToken cancellationToken);
}
