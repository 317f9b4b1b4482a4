using Platform.Testing;
using System.Security.Cryptography;
using Platform.Blobs.Errors;
using Platform.Blobs.Grants;
using Platform.Blobs.Keys;
using Platform.Blobs.Tests.Fixtures;

namespace Platform.Blobs.Tests.Grants;

/// <summary>Issuing and verifying grants, without any storage.</summary>
public sealed class BlobGrantSignerTests
{
    private readonly ManualTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private readonly BlobGrantSigner _signer;

    public BlobGrantSignerTests()
    {
        _signer = new BlobGrantSigner(RandomNumberGenerator.GetBytes(32), _clock);
    }

    [Fact]
    public void Issued_grant_verifies_until_it_expires()
    {
        var grant = _signer.Issue("fac/session/", BlobPermissions.Write, TimeSpan.FromMinutes(5));

        _signer.Verify(grant);
        _clock.Advance(TimeSpan.FromMinutes(5));

        Assert.Throws<BlobGrantExpiredException>(() => _signer.Verify(grant));
    }

    [Fact]
    public void Grant_signed_with_another_key_is_rejected()
    {
        var other = new BlobGrantSigner(RandomNumberGenerator.GetBytes(32), _clock);
        var grant = other.Issue("fac/session/", BlobPermissions.Write, TimeSpan.FromMinutes(5));

        Assert.Throws<BlobAccessDeniedException>(() => _signer.Verify(grant));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not base64 at all")]
    [InlineData("AAAA")]
    public void Garbage_signature_is_rejected(string signature)
    {
        var grant = _signer.Issue("fac/session/", BlobPermissions.Read, TimeSpan.FromMinutes(5)) with { Signature = signature };

        Assert.Throws<BlobAccessDeniedException>(() => _signer.Verify(grant));
    }

    [Fact]
    public void Extended_expiry_or_added_permission_breaks_the_signature()
    {
        var grant = _signer.Issue("fac/session/", BlobPermissions.Read, TimeSpan.FromMinutes(5));

        Assert.Throws<BlobAccessDeniedException>(() => _signer.Verify(grant with { ExpiresAt = grant.ExpiresAt.AddDays(1) }));
        Assert.Throws<BlobAccessDeniedException>(() => _signer.Verify(grant with { Permissions = BlobPermissions.Read | BlobPermissions.Delete }));
    }

    [Theory]
    [InlineData("")]
    [InlineData("fac/session")]
    [InlineData("../session/")]
    public void Grant_must_be_scoped_to_a_safe_folder(string prefix)
    {
        Assert.Throws<InvalidBlobKeyException>(() => _signer.Issue(prefix, BlobPermissions.Read, TimeSpan.FromMinutes(5)));
    }

    [Fact]
    public void Prefix_match_is_by_folder_not_by_string_start()
    {
        var grant = _signer.Issue("fac/session/", BlobPermissions.Read, TimeSpan.FromMinutes(5));

        Assert.Throws<BlobAccessDeniedException>(() => grant.EnsureAllows(BlobKey.Parse("fac/session_2/movie.tif"), BlobPermissions.Read, _clock.GetUtcNow()));
        grant.EnsureAllows(BlobKey.Parse("fac/session/movie.tif"), BlobPermissions.Read, _clock.GetUtcNow());
    }

    [Fact]
    public void Short_signing_key_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new BlobGrantSigner(new byte[16], _clock));
    }
}
