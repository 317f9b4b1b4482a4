using Platform.Runtime;

namespace Platform.Storage.Tests.Contract;

/// <summary>Clearing records: tombstones, stale ETags, independent state names.</summary>
public abstract partial class StorageContractTests
{
    [Fact]
    public async Task Clear_then_read_returns_null()
    {
        var key = NewKey();
        var written = await WriteAsync(key, """{"n":1}""", null);

        await Storage.Grains.ClearAsync(key, written.ETag, [], Token);

        Assert.Null(await Storage.Grains.ReadAsync(key, Token));
    }

    [Fact]
    public async Task Clear_then_write_creates_a_new_record_and_the_old_etag_stays_stale()
    {
        var key = NewKey();
        var first = await WriteAsync(key, """{"n":1}""", null);
        await Storage.Grains.ClearAsync(key, first.ETag, [], Token);

        var second = await WriteAsync(key, """{"n":2}""", null);

        Assert.NotEqual(first.ETag, second.ETag);
        Assert.Equal("""{"n":2}""", Text(await Storage.Grains.ReadAsync(key, Token)));
        await Assert.ThrowsAsync<InconsistentStateException>(() => WriteAsync(key, """{"n":3}""", first.ETag));
    }

    [Fact]
    public async Task Clear_with_a_stale_etag_is_rejected_and_keeps_the_record()
    {
        var key = NewKey();
        var first = await WriteAsync(key, """{"n":1}""", null);
        var second = await WriteAsync(key, """{"n":2}""", first.ETag);

        var conflict = await Assert.ThrowsAsync<InconsistentStateException>(() => Storage.Grains.ClearAsync(key, first.ETag, [], Token));

        Assert.Equal(second.ETag, conflict.StoredEtag);
        Assert.Equal("""{"n":2}""", Text(await Storage.Grains.ReadAsync(key, Token)));
    }

    [Fact]
    public async Task Clear_with_an_etag_of_a_record_that_does_not_exist_is_rejected()
    {
        await Assert.ThrowsAsync<InconsistentStateException>(() => Storage.Grains.ClearAsync(NewKey(), "1", [], Token));
    }

    [Fact]
    public async Task Multiple_clears_with_null_etag_succeed()
    {
        var key = NewKey();
        await WriteAsync(key, """{"n":1}""", null);

        await Storage.Grains.ClearAsync(key, null, [], Token);
        await Storage.Grains.ClearAsync(key, null, [], Token);
        await Storage.Grains.ClearAsync(NewKey(), null, [], Token);

        Assert.Null(await Storage.Grains.ReadAsync(key, Token));
    }

    [Fact]
    public async Task State_names_use_independent_records()
    {
        var profile = NewKey("profile");
        var settings = profile with { StateName = "settings" };
        var a = await WriteAsync(profile, """{"p":1}""", null);
        await WriteAsync(settings, """{"s":1}""", null);

        await Storage.Grains.ClearAsync(settings, null, [], Token);

        Assert.Equal("""{"p":1}""", Text(await Storage.Grains.ReadAsync(profile, Token)));
        Assert.Equal(a.ETag, (await Storage.Grains.ReadAsync(profile, Token))!.ETag);
        Assert.Null(await Storage.Grains.ReadAsync(settings, Token));
    }
}
