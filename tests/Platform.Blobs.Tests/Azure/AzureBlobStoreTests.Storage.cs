using Platform.Testing;
using System.Net;
using System.Security.Cryptography;
using Platform.Blobs.Azure;
using Platform.Blobs.Errors;
using Platform.Blobs.Grants;
using Platform.Blobs.Store;
using Platform.Blobs.Tests.Fixtures;

namespace Platform.Blobs.Tests.Azure;

/// <summary>What Azure itself enforces: SAS scope and expiry, account keys.</summary>
public sealed partial class AzureBlobStoreTests
{
    [Fact]
    public async Task Storage_refuses_a_per_blob_sas_used_on_another_blob()
    {
        var grant = Signer.Issue(Session, BlobPermissions.Write, TimeSpan.FromHours(1));
        var issued = await _issuer.GetBlobSasUriAsync(grant, Key("grid1/movie.tif"), Token);
        var retargeted = new Uri(issued.AbsoluteUri.Replace("grid1/movie.tif", "grid1/other.tif", StringComparison.Ordinal));

        var allowed = await PutBlockDirectlyAsync(issued);
        var refused = await PutBlockDirectlyAsync(retargeted);

        Assert.Equal(HttpStatusCode.Created, allowed);
        Assert.Equal(HttpStatusCode.Forbidden, refused);
    }

    [Fact]
    public async Task Storage_refuses_a_sas_past_its_expiry_even_when_the_client_clock_is_wrong()
    {
        // The platform's and agent's clock runs two hours slow, so both think the one-hour grant is valid.
        Clock.Advance(TimeSpan.FromHours(-2));
        var holder = ForGrant(Signer.Issue(Session, BlobPermissions.Write, TimeSpan.FromHours(1)));

        var error = await Assert.ThrowsAsync<BlobAccessDeniedException>(() => PutAsync(holder, Key("grid1/movie.tif"), [1, 2, 3]));

        Assert.IsNotType<BlobGrantExpiredException>(error);
        Assert.Null(await Store.GetPropertiesAsync(Key("grid1/movie.tif"), Token));
    }

    [Fact]
    public async Task Wrong_account_key_is_refused_with_access_denied()
    {
        var impostor = new AzureBlobStore(_http, _options, new AzureSharedKeyAuthorizer(AzuriteFixture.AccountName, RandomNumberGenerator.GetBytes(64)), TimeProvider.System);

        await Assert.ThrowsAsync<BlobAccessDeniedException>(() => impostor.GetPropertiesAsync(Key("grid1/movie.tif"), Token));
    }

    private async Task<HttpStatusCode> PutBlockDirectlyAsync(Uri blobSasUri)
    {
        byte[] block = [1, 2, 3];
        var blockId = BlockIds.For(0, MD5.HashData(block));
        using var request = new HttpRequestMessage(HttpMethod.Put, blobSasUri + "&comp=block&blockid=" + Uri.EscapeDataString(blockId))
        {
            Content = new ByteArrayContent(block),
        };
        request.Headers.Add("x-ms-version", AzureBlobStoreOptions.ApiVersion);
        using var response = await _http.SendAsync(request, Token);
        return response.StatusCode;
    }
}
