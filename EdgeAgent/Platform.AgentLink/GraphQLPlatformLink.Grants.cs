using Platform.AgentLink.Grants;
using Platform.Transfer.Grants;

namespace Platform.AgentLink;

/// <summary>Upload grants for the transfer track, asked of the platform over this link's GraphQL client and token.</summary>
public sealed partial class GraphQLPlatformLink
{
    /// <summary>The platform's base URL (the GraphQL endpoint's folder): <c>/blobs/…</c> and <c>/files/…</c> live under it.</summary>
    public Uri PlatformUri => new(_options.GraphQLEndpoint, "./");

    /// <summary>A grant source for one session's uploads (<c>requestSessionDataGrant(WRITE)</c> with this agent's token).</summary>
    public IUploadGrantSource UploadGrantsFor(string sessionId) => new PlatformUploadGrantSource(_graphQL, _http, PlatformUri, sessionId, _time);
}
