using Platform.Runtime;

namespace Platform.Storage.Tests.Contract;

/// <summary>Grain state: the Orleans persistence test kit's cases, written for our contract.</summary>
public abstract partial class StorageContractTests
{
    [Fact]
    public async Task Read_of_a_record_never_written_returns_null()
    {
        Assert.Null(await Storage.Grains.ReadAsync(NewKey(), Token));
    }

    [Fact]
    public async Task First_write_creates_the_record_and_read_returns_payload_and_etag()
    {
        var key = NewKey();
        var written = await WriteAsync(key, """{"n":1}""", null);

        var read = await Storage.Grains.ReadAsync(key, Token);
        Assert.NotNull(read);
        Assert.Equal("""{"n":1}""", Text(read));
        Assert.Equal(written.ETag, read.ETag);
    }

    [Fact]
    public async Task Update_with_the_current_etag_replaces_the_payload()
    {
        var key = NewKey();
        var first = await WriteAsync(key, """{"n":1}""", null);
        var second = await WriteAsync(key, """{"n":2}""", first.ETag);

        var read = await Storage.Grains.ReadAsync(key, Token);
        Assert.Equal("""{"n":2}""", Text(read));
        Assert.Equal(second.ETag, read!.ETag);
    }

    [Fact]
    public async Task Etag_changes_on_every_write_even_when_the_payload_is_the_same()
    {
        var key = NewKey();
        var etags = new List<string>();
        string? etag = null;
        for (var i = 0; i < 5; i++)
        {
            etag = (await WriteAsync(key, """{"same":true}""", etag)).ETag;
            etags.Add(etag);
        }

        Assert.Equal(5, etags.Distinct().Count());
    }

    [Fact]
    public async Task Write_with_a_stale_etag_is_rejected_and_changes_nothing()
    {
        var key = NewKey();
        var first = await WriteAsync(key, """{"n":1}""", null);
        var second = await WriteAsync(key, """{"n":2}""", first.ETag);

        var conflict = await Assert.ThrowsAsync<InconsistentStateException>(() => WriteAsync(key, """{"n":3}""", first.ETag));

        Assert.Equal(second.ETag, conflict.StoredEtag);
        Assert.Equal(first.ETag, conflict.CurrentEtag);
        var read = await Storage.Grains.ReadAsync(key, Token);
        Assert.Equal("""{"n":2}""", Text(read));
        Assert.Equal(second.ETag, read!.ETag);
    }

    [Fact]
    public async Task Write_with_null_etag_when_the_record_exists_is_rejected()
    {
        var key = NewKey();
        var first = await WriteAsync(key, """{"n":1}""", null);

        var conflict = await Assert.ThrowsAsync<InconsistentStateException>(() => WriteAsync(key, """{"n":2}""", null));

        Assert.Equal(first.ETag, conflict.StoredEtag);
        Assert.Equal("""{"n":1}""", Text(await Storage.Grains.ReadAsync(key, Token)));
    }

    [Theory]
    [InlineData("not-a-version")]
    [InlineData("999999")]
    [InlineData("-1")]
    public async Task Write_with_an_etag_storage_never_issued_is_rejected(string etag)
    {
        var key = NewKey();
        await WriteAsync(key, """{"n":1}""", null);

        await Assert.ThrowsAsync<InconsistentStateException>(() => WriteAsync(key, """{"n":2}""", etag));
        await Assert.ThrowsAsync<InconsistentStateException>(() => WriteAsync(NewKey(), """{"n":2}""", etag));
    }

    [Fact]
    public async Task Large_state_of_six_megabytes_round_trips_byte_for_byte()
    {
        var key = NewKey();
        var payload = new byte[6 * 1024 * 1024];
        new Random(7).NextBytes(payload);

        var written = await Storage.Grains.WriteAsync(new GrainStateWrite(key, payload, null, [], [], []), Token);
        var read = await Storage.Grains.ReadAsync(key, Token);

        Assert.Equal(written.ETag, read!.ETag);
        Assert.True(payload.AsSpan().SequenceEqual(read.Payload.Span), "the 6 MB payload read back differs");
    }

    [Fact]
    public async Task Empty_payload_round_trips_as_an_empty_record()
    {
        var key = NewKey();
        await Storage.Grains.WriteAsync(new GrainStateWrite(key, ReadOnlyMemory<byte>.Empty, null, [], [], []), Token);

        var read = await Storage.Grains.ReadAsync(key, Token);

        Assert.NotNull(read);
        Assert.Equal(0, read.Payload.Length);
    }

    [Theory]
    [InlineData("Микроскоп-Криос-1", "состояние")]
    [InlineData("显微镜/会话#42", "状态")]
    [InlineData("grid 🧊 box", "state ✓")]
    [InlineData("'; DROP TABLE grain_state; --", "\"quoted\"")]
    public async Task Unicode_and_hostile_keys_round_trip(string grainKey, string stateName)
    {
        var key = new GrainStateKey("сессия", grainKey + Guid.NewGuid().ToString("N"), stateName);
        var written = await WriteAsync(key, """{"название":"тест"}""", null);

        var read = await Storage.Grains.ReadAsync(key, Token);

        Assert.Equal("""{"название":"тест"}""", Text(read));
        Assert.Equal(written.ETag, read!.ETag);
        Assert.Null(await Storage.Grains.ReadAsync(key with { GrainKey = key.GrainKey.ToUpperInvariant() + "x" }, Token));
    }

    [Fact]
    public async Task Oversized_or_empty_keys_are_rejected_with_an_argument_error()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => WriteAsync(new GrainStateKey("t", new string('k', 5000), "s"), "{}", null));
        await Assert.ThrowsAsync<ArgumentException>(() => WriteAsync(new GrainStateKey("", "k", "s"), "{}", null));
        await Assert.ThrowsAsync<ArgumentException>(() => Storage.Grains.ReadAsync(new GrainStateKey("t", "k\0", "s"), Token));
    }
}
