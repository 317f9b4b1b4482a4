using Platform.Blobs.Grants;
using Platform.Blobs.Keys;
using Platform.Grains.SessionData;

namespace Platform.Silo.SessionData;

/// <summary>A session's files in the configured blob store: everything under <c>facility/session/</c> (DESIGN.md §6 layout).</summary>
public sealed partial class BlobSessionDataStore(BlobBackend backend) : ISessionDataStore
{
    /// <summary>The blob prefix holding every file of one session.</summary>
    public static string PrefixFor(string facilityId, string sessionId) => BlobKey.ValidatePrefix($"{facilityId}/{sessionId}/");

    public Task<SessionDataGrant> IssueGrantAsync(string facilityId, string sessionId, SessionDataAccess access, CancellationToken cancellationToken) =>
        Task.FromResult(ToView(Issue(facilityId, sessionId, access), access));

    public async Task<SessionFilePage> ListFilesAsync(string facilityId, string sessionId, int pageSize, string? continuationToken, CancellationToken cancellationToken)
    {
        var prefix = PrefixFor(facilityId, sessionId);
        var page = await backend.Store.ListAsync(prefix, pageSize, continuationToken, cancellationToken).ConfigureAwait(false);
        var grant = Issue(facilityId, sessionId, SessionDataAccess.Read);
        var files = new List<SessionFile>(page.Items.Count);
        foreach (var item in page.Items)
        {
            files.Add(new SessionFile(item.Key.Value[prefix.Length..], item.LengthBytes, await DownloadUrlAsync(grant, item.Key, cancellationToken).ConfigureAwait(false), grant.ExpiresAt));
        }

        return new SessionFilePage(files, page.ContinuationToken);
    }

    public Task<int> DeleteSessionDataAsync(string facilityId, string sessionId, CancellationToken cancellationToken) =>
        backend.Store.DeleteByPrefixAsync(PrefixFor(facilityId, sessionId), cancellationToken);

    /// <summary>Where a read grant's holder gets one file: Azure's SAS URL, or the Silo's <c>/files/</c> endpoint (relative).</summary>
    public async ValueTask<string> DownloadUrlAsync(BlobGrant grant, BlobKey key, CancellationToken cancellationToken) =>
        backend.SasIssuer is { } sas
            ? (await sas.GetBlobSasUriAsync(grant, key, cancellationToken).ConfigureAwait(false)).AbsoluteUri
            : SessionDataEndpoints.FileUrl(key, BlobGrantToken.Encode(grant));

    private BlobGrant Issue(string facilityId, string sessionId, SessionDataAccess access) =>
        access == SessionDataAccess.Write
            ? backend.Signer.Issue(PrefixFor(facilityId, sessionId), BlobPermissions.Write, backend.UploadGrantLifetime)
            : backend.Signer.Issue(PrefixFor(facilityId, sessionId), BlobPermissions.Read | BlobPermissions.List, backend.DownloadGrantLifetime);

    private SessionDataGrant ToView(BlobGrant grant, SessionDataAccess access) =>
        new(backend.Kind, grant.Prefix, access, grant.ExpiresAt, BlobGrantToken.Encode(grant), backend.ContainerUri?.AbsoluteUri);
}
