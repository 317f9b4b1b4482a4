using Platform.Blobs.Errors;
using Platform.Blobs.Grants;
using Platform.Blobs.Keys;

namespace Platform.Blobs.Tests.Contract;

/// <summary>Unusual names, folders, and deleting through a grant.</summary>
public abstract partial class BlobStoreContract
{
    [Fact]
    public async Task Key_with_spaces_and_symbols_round_trips_and_lists_under_its_name()
    {
        var key = Key("grid #1/Data Set (2) 100%+ä.mrc");
        var content = RandomBytes(1500, seed: 50);

        await PutAsync(Store, key, content);

        Assert.Equal(content, await ReadAllAsync(Store, key));
        Assert.Equal(key, Assert.Single((await Store.ListAsync(Session, 10, null, Token)).Items).Key);
    }

    [Fact]
    public async Task A_folder_of_blobs_is_not_itself_a_blob()
    {
        await PutAsync(Store, Key("grid1/movie.tif"), [1]);

        Assert.Null(await Store.GetPropertiesAsync(Key("grid1"), Token));
        await Assert.ThrowsAsync<BlobNotFoundException>(() => ReadAllAsync(Store, Key("grid1")));
    }

    [Fact]
    public async Task Delete_grant_deletes_its_session_and_nothing_else()
    {
        await PutAsync(Store, Key("grid1/a.tif"), [1]);
        await PutAsync(Store, Key("grid2/b.tif"), [2]);
        var neighbour = BlobKey.Parse(Facility + "/20261121_SomeoneElse/grid1/movie.tif");
        await PutAsync(Store, neighbour, [3]);
        var holder = ForGrant(Signer.Issue(Session, BlobPermissions.List | BlobPermissions.Delete, TimeSpan.FromHours(1)));

        Assert.Equal(2, await holder.DeleteByPrefixAsync(Session, Token));
        await Assert.ThrowsAsync<BlobAccessDeniedException>(() => holder.DeleteByPrefixAsync(Facility + "/", Token));
        await Assert.ThrowsAsync<BlobAccessDeniedException>(() => holder.DeleteAsync(neighbour, Token));

        Assert.Empty((await Store.ListAsync(Session, 10, null, Token)).Items);
        Assert.NotNull(await Store.GetPropertiesAsync(neighbour, Token));
    }
}
