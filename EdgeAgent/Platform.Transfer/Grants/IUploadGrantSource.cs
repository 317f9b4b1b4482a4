namespace Platform.Transfer.Grants;

/// <summary>Where the transfer track gets its write grant; the platform link implements it by asking the platform.</summary>
public interface IUploadGrantSource
{
    /// <summary>
    /// A grant to write under the session's prefix that is valid now. Called before the first upload, when the
    /// current grant is about to expire, and after storage refused the current one as expired or invalid.
    /// </summary>
    ValueTask<UploadGrant> GetGrantAsync(CancellationToken cancellationToken);
}
