namespace Platform.Grains.Identity;

/// <summary>Persistent state of an e-mail address claim: the owning user id.</summary>
public sealed class UserEmailState
{
    public string? OwnerUserId { get; set; }
}
