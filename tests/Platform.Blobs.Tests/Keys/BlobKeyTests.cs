using Platform.Blobs.Keys;

namespace Platform.Blobs.Tests.Keys;

/// <summary>Key validation: nothing can name a file outside the store.</summary>
public sealed class BlobKeyTests
{
    [Theory]
    [InlineData("")]
    [InlineData("../etc/passwd")]
    [InlineData("fac/../../escape")]
    [InlineData("fac/session/..")]
    [InlineData("/etc/passwd")]
    [InlineData("C:/Windows/system.ini")]
    [InlineData("fac\\session\\movie.tif")]
    [InlineData("fac//movie.tif")]
    [InlineData("fac/./movie.tif")]
    [InlineData("fac/session/")]
    [InlineData("fac/ session/movie.tif")]
    [InlineData("fac/session/movie\0.tif")]
    [InlineData("fac/session/movie\n.tif")]
    public void Unsafe_key_is_rejected_with_a_typed_error(string key)
    {
        var error = Assert.Throws<InvalidBlobKeyException>(() => BlobKey.Parse(key));

        Assert.Equal(key, error.Key);
        Assert.False(string.IsNullOrEmpty(error.Reason));
    }

    [Fact]
    public void Overlong_key_is_rejected()
    {
        Assert.Throws<InvalidBlobKeyException>(() => BlobKey.Parse("fac/" + new string('a', BlobKey.MaxLength)));
    }

    [Theory]
    [InlineData("fac/20261121_Apo/grid_1/movie_0001.tif")]
    [InlineData("fac/session/grid/Data Set #2.mrc")]
    [InlineData("fac/session/..hidden/a.b..c")]
    public void Safe_key_is_kept_as_given(string key)
    {
        Assert.Equal(key, BlobKey.Parse(key).Value);
    }

    [Fact]
    public void Prefix_may_be_empty_or_end_in_a_slash_but_not_escape()
    {
        Assert.Equal(string.Empty, BlobKey.ValidatePrefix(string.Empty));
        Assert.Equal("fac/session/", BlobKey.ValidatePrefix("fac/session/"));
        Assert.Throws<InvalidBlobKeyException>(() => BlobKey.ValidatePrefix("fac/../"));
        Assert.Throws<InvalidBlobKeyException>(() => BlobKey.ValidatePrefix("fac//"));
    }
}
