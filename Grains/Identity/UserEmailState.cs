namespace Platform.Grains.Identity;

/// <summary>Persistent state of an e-mail address claim: the owning user id and when it was claimed.</summary>
public sealed class UserEmailState
{
    public string? OwnerUserId { get; set; }

    public DateTimeOffset ClaimedAtUtc { get; set; }
}
