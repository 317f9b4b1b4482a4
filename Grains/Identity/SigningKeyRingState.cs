namespace Platform.Grains.Identity;

/// <summary>Persistent state of the signing key ring, newest key first.</summary>
public sealed class SigningKeyRingState
{
    public List<SigningKey> Keys { get; set; } = [];
}
