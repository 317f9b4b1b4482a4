using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Platform.AgentLink.Connection;
using Platform.Blobs.Azure;
using Platform.Blobs.Grants;
using Platform.Transfer.Grants;

namespace Platform.AgentLink.Grants;

/// <summary>
/// Upload grants for one session from the platform: <c>requestSessionDataGrant(WRITE)</c> with the agent's token. Either backend
/// is reached with the same Azure Blob REST client: Azure through per-blob SAS URLs from <c>POST /blobs/sas</c>, the platform's
/// filesystem backend through the Silo's grant-authorized subset of that API under <see cref="FileSystemBlobPath"/>.
/// </summary>
public sealed class PlatformUploadGrantSource(GraphQLHttpClient graphQL, HttpClient http, Uri platformUri, string sessionId, TimeProvider time) : IUploadGrantSource
{
    /// <summary>Where the Silo serves its filesystem backend as Azure-style blobs (container <see cref="FileSystemContainer"/>).</summary>
    public const string FileSystemBlobPath = "blobs";

    public const string FileSystemContainer = "session-data";

    private const string Mutation = """
        mutation Grant($input: SessionDataGrantInput!) {
          requestSessionDataGrant(input: $input) {
            grant { backend prefix token expiresAt containerUrl }
            errors { __typename message }
          }
        }
        """;

    public async ValueTask<UploadGrant> GetGrantAsync(CancellationToken cancellationToken)
    {
        var input = new JsonObject { ["sessionId"] = Base64Url.EncodeToString(Encoding.UTF8.GetBytes("Session:" + sessionId)), ["access"] = "WRITE" };
        var data = await graphQL.ExecuteAsync(Mutation, new JsonObject { ["input"] = input }, cancellationToken).ConfigureAwait(false);
        var payload = data.GetProperty("requestSessionDataGrant");
        if (payload.GetProperty("grant") is not { ValueKind: JsonValueKind.Object } granted)
        {
            var errors = string.Join("; ", payload.GetProperty("errors").EnumerateArray().Select(e => $"{e.GetProperty("__typename").GetString()}: {e.GetProperty("message").GetString()}"));
            throw new PlatformRefusedException("GRANT_REFUSED", $"The platform refused an upload grant for session {sessionId}: {errors}");
        }

        var grant = BlobGrantToken.Decode(granted.GetProperty("token").GetString()!);
        var store = granted.GetProperty("backend").GetString() switch
        {
            "azure" => AzureBlobStore.ForGrant(http, AzureOptions(new Uri(granted.GetProperty("containerUrl").GetString()!)), grant, new PlatformSasSource(http, platformUri), time),
            _ => AzureBlobStore.ForGrant(http, FileSystemOptions(platformUri), grant, new GrantTokenCredential(), time),
        };
        return new UploadGrant(grant, store);
    }

    /// <summary>The Silo's blob endpoint for its filesystem backend, as an Azure account and container.</summary>
    public static AzureBlobStoreOptions FileSystemOptions(Uri platformUri) =>
        new(new Uri(platformUri, FileSystemBlobPath), "platform", FileSystemContainer);

    /// <summary>An Azure container URL (<c>https://ACCOUNT.blob.core.windows.net/CONTAINER</c> or Azurite's path-style one) as store options.</summary>
    public static AzureBlobStoreOptions AzureOptions(Uri containerUri)
    {
        var path = containerUri.AbsolutePath.TrimEnd('/');
        var slash = path.LastIndexOf('/');
        var account = new Uri(containerUri, path[..slash] + "/");
        var accountName = slash > 0 ? path[1..slash] : containerUri.Host.Split('.')[0];
        return new AzureBlobStoreOptions(new Uri(account.AbsoluteUri.TrimEnd('/')), accountName, Uri.UnescapeDataString(path[(slash + 1)..]));
    }
}
