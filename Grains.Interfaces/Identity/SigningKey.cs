using Platform.Runtime;

namespace Platform.Grains.Identity;

/// <summary>
/// One ES256 (ECDSA P-256, SHA-256) token-signing key: its key id, the PKCS#8 private key (base64) and when it
/// was created and, once a newer key replaced it, retired. A retired key still verifies tokens until they expire.
/// </summary>
[Immutable]
public sealed record SigningKey(string KeyId, string PrivateKeyPkcs8, DateTimeOffset CreatedAtUtc, DateTimeOffset? RetiredAtUtc);
