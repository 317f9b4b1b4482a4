using Platform.Blobs.Errors;
using Platform.Blobs.Grants;
using Platform.Blobs.Keys;

namespace Platform.Blobs.Tests.Contract;

/// <summary>Grants: what a holder can and cannot do.</summary>
public abstract partial class BlobStoreContract
{
    private const BlobPermissions UploadPermissions = BlobPermissions.Write;

    private BlobKey Elsewhere => BlobKey.Parse(Facility + "/20261121_SomeoneElse/grid1/movie.tif");

    [Fact]
    public async Task Write_grant_uploads_inside_its_session_prefix()
    {
        var grant = Signer.Issue(Session, UploadPermissions, TimeSpan.FromHours(1));
        var content = RandomBytes(3000, seed: 20);

        var result = await PutAsync(ForGrant(grant), Key("grid1/movie.tif"), content);

        Assert.False(result.AlreadyPresent);
        Assert.Equal(content, await ReadAllAsync(Store, Key("grid1/movie.tif")));
    }

    [Fact]
    public async Task Grant_cannot_write_outside_its_prefix()
    {
        var holder = ForGrant(Signer.Issue(Session, UploadPermissions, TimeSpan.FromHours(1)));

        await Assert.ThrowsAsync<BlobAccessDeniedException>(() => PutAsync(holder, Elsewhere, [1, 2, 3]));

        Assert.Null(await Store.GetPropertiesAsync(Elsewhere, Token));
    }

    [Fact]
    public async Task Grant_cannot_read_outside_its_prefix()
    {
        await PutAsync(Store, Elsewhere, [1, 2, 3]);
        var holder = ForGrant(Signer.Issue(Session, BlobPermissions.Read | BlobPermissions.List, TimeSpan.FromHours(1)));

        await Assert.ThrowsAsync<BlobAccessDeniedException>(() => ReadAllAsync(holder, Elsewhere));
        await Assert.ThrowsAsync<BlobAccessDeniedException>(() => holder.GetPropertiesAsync(Elsewhere, Token));
    }

    [Fact]
    public async Task Grant_cannot_list_outside_its_prefix_but_lists_inside_it()
    {
        await PutAsync(Store, Key("grid1/movie.tif"), [1]);
        var holder = ForGrant(Signer.Issue(Session, BlobPermissions.Read | BlobPermissions.List, TimeSpan.FromHours(1)));

        await Assert.ThrowsAsync<BlobAccessDeniedException>(() => holder.ListAsync(Facility + "/", 10, null, Token));
        await Assert.ThrowsAsync<BlobAccessDeniedException>(() => holder.ListAsync(string.Empty, 10, null, Token));
        Assert.Single((await holder.ListAsync(Session, 10, null, Token)).Items);
    }

    [Fact]
    public async Task Read_only_grant_cannot_write_or_delete()
    {
        await PutAsync(Store, Key("grid1/movie.tif"), [1, 2, 3]);
        var holder = ForGrant(Signer.Issue(Session, BlobPermissions.Read, TimeSpan.FromHours(1)));

        Assert.Equal([1, 2, 3], await ReadAllAsync(holder, Key("grid1/movie.tif")));
        await Assert.ThrowsAsync<BlobAccessDeniedException>(() => PutAsync(holder, Key("grid1/new.tif"), [4]));
        await Assert.ThrowsAsync<BlobAccessDeniedException>(() => holder.DeleteAsync(Key("grid1/movie.tif"), Token));
        Assert.NotNull(await Store.GetPropertiesAsync(Key("grid1/movie.tif"), Token));
    }

    [Fact]
    public async Task Expired_grant_is_rejected()
    {
        var holder = ForGrant(Signer.Issue(Session, UploadPermissions | BlobPermissions.Read, TimeSpan.FromMinutes(10)));
        await PutAsync(holder, Key("grid1/first.tif"), [1]);

        Clock.Advance(TimeSpan.FromMinutes(11));

        var error = await Assert.ThrowsAsync<BlobGrantExpiredException>(() => PutAsync(holder, Key("grid1/second.tif"), [2]));
        Assert.True(error.ExpiredAt < Clock.GetUtcNow());
        await Assert.ThrowsAsync<BlobGrantExpiredException>(() => ReadAllAsync(holder, Key("grid1/first.tif")));
    }

    [Fact]
    public async Task Grant_whose_prefix_was_altered_is_rejected()
    {
        var grant = Signer.Issue(Session, UploadPermissions, TimeSpan.FromHours(1));
        var widened = grant with { Prefix = Facility + "/" };

        await Assert.ThrowsAsync<BlobAccessDeniedException>(async () => await PutAsync(ForGrant(widened), Elsewhere, [1]));

        Assert.Null(await Store.GetPropertiesAsync(Elsewhere, Token));
    }
}
