using Platform.Blobs.Keys;
using Platform.Blobs.Store;
using Platform.Grains.Sessions;

namespace Platform.Silo.SessionData;

/// <summary>A session's files in the configured blob store: everything under <c>facility/session/</c> (DESIGN.md §6 layout).</summary>
public sealed class BlobSessionDataStore(IBlobStore blobs) : ISessionDataStore
{
    /// <summary>The blob prefix holding every file of one session.</summary>
    public static string PrefixFor(string facilityId, string sessionId) => BlobKey.ValidatePrefix($"{facilityId}/{sessionId}/");

    public Task<int> DeleteSessionDataAsync(string facilityId, string sessionId, CancellationToken cancellationToken) =>
        blobs.DeleteByPrefixAsync(PrefixFor(facilityId, sessionId), cancellationToken);
}
