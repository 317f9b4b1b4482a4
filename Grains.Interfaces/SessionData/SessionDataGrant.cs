using Platform.Runtime;

namespace Platform.Grains.SessionData;

/// <summary>
/// A signed, time-limited permission on one session's files. <see cref="Token"/> is opaque to clients: present it
/// to <c>POST /blobs/sas</c> (Azure backend: a per-blob SAS URL to talk to storage directly) or as
/// <c>?token=</c> on <c>GET /files/{path}</c> (either backend: the file, or a redirect to it).
/// </summary>
/// <param name="Backend"><c>azure</c> or <c>filesystem</c>.</param>
/// <param name="Prefix">The blob prefix the grant covers, <c>facility/session/</c>.</param>
/// <param name="Access">Read (download) or write (upload new files).</param>
/// <param name="ExpiresAtUtc">After this instant every use fails; ask for a new grant.</param>
/// <param name="Token">The signed grant, opaque to clients.</param>
/// <param name="ContainerUri">Azure: the container's URL; null for the filesystem backend.</param>
[Immutable]
public sealed record SessionDataGrant(string Backend, string Prefix, SessionDataAccess Access, DateTimeOffset ExpiresAtUtc, string Token, string? ContainerUri);
